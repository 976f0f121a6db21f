package io.interdict.casework.application;

import static io.interdict.casework.application.InMemoryCasework.KOMID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.cases.Answer;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.IdentifierComparison;
import io.interdict.casework.domain.model.cases.Priority;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.cases.TriageOutcome;
import io.interdict.casework.domain.model.cases.ValidMatchChecklist;
import io.interdict.casework.domain.model.screening.ScreeningOutcome;
import io.interdict.screening.domain.model.entry.EntityType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Screening a party, in memory: what it opens, what it records, what it answers when asked again. */
class PartyScreeningTest {

    private final InMemoryCasework casework = new InMemoryCasework();

    private static ScreeningCommand party(String name, String reference) {
        return new ScreeningCommand(name, Optional.of(EntityType.ENTITY), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.ofNullable(reference), List.of());
    }

    private PartyScreening.Answer screen(ScreeningCommand command, String key) {
        return casework.screening.screen(command, "service", Optional.ofNullable(key));
    }

    @Test
    void aHitOpensACaseWhoseFirstAuditedStateIsTheStateItIsStoredIn() {
        PartyScreening.Answer answer = screen(party(KOMID, "CUST-1"), null);

        assertThat(answer.result().outcome()).isEqualTo(ScreeningOutcome.HIT);
        ScreeningCase opened = casework.cases.stored.get(new CaseId(answer.result().caseId()));
        AuditRecord firstState = casework.trail.records.stream()
                .filter(r -> r.subjectId().equals(opened.id().toString()) && r.after() != null).findFirst().orElseThrow();
        assertThat(firstState.action()).isEqualTo(AuditAction.CASE_OPENED);
        assertThat(firstState.before()).isNull();
        assertThat(firstState.after()).isEqualTo(casework.cases.storedStates.get(opened.id()))
                .contains("priority=CRITICAL", "queue=dprk");
        assertThat(casework.actionsAbout(opened.id())).containsExactly("ALERT_RAISED", "CASE_OPENED");
        assertThat(opened.priority()).isEqualTo(Priority.CRITICAL);
        assertThat(opened.processInstanceId()).contains("process-" + opened.id());
        assertThat(casework.workflow.calls).containsExactly("start " + opened.id() + " due " + opened.slaDueAt());
    }

    @Test
    void aClearPartyOpensNothingAndIsRecordedAsScreened() {
        PartyScreening.Answer answer = screen(party("Blue Harbour Bakery Ltd", "CUST-2"), null);

        assertThat(answer.result().outcome()).isEqualTo(ScreeningOutcome.CLEAR);
        assertThat(answer.result().caseId()).isNull();
        assertThat(casework.cases.stored).isEmpty();
        assertThat(casework.trail.records).extracting(r -> r.action().name()).containsExactly("PARTY_SCREENED");
        assertThat(casework.trail.records.get(0).subjectType()).isEqualTo("ScreeningRequest");
    }

    @Test
    void aRepeatedKeyIsAnsweredAsFirstAndCreatesNothing() {
        PartyScreening.Answer first = screen(party(KOMID, "CUST-3"), "key-1");
        int events = casework.trail.records.size();

        PartyScreening.Answer again = screen(party(KOMID, "CUST-3"), "key-1");

        assertThat(again.replayed()).isTrue();
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.result().caseId()).isEqualTo(first.result().caseId());
        assertThat(casework.cases.stored).hasSize(1);
        assertThat(casework.screenings.stored).hasSize(1);
        assertThat(casework.trail.records).hasSize(events);
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefused() {
        screen(party(KOMID, "CUST-4"), "key-2");

        assertThatThrownBy(() -> screen(party("Banco Nacional de Cuba", "CUST-4"), "key-2"))
                .isInstanceOf(IdempotencyConflict.class);
        assertThat(casework.cases.stored).hasSize(1);
    }

    @Test
    void aHitClearedAsFalseIsSuppressedForTheSamePartyOnly() {
        PartyScreening.Answer first = screen(party("Banco Nacional de Cuba", "CUST-5"), null);
        casework.caseWork.claim(new CaseId(first.result().caseId()), "analyst");
        casework.caseWork.triage(new CaseId(first.result().caseId()), "analyst", TriageOutcome.FALSE_POSITIVE,
                "customer is a bakery in Leeds", new ValidMatchChecklist(Answer.YES, Answer.YES, Answer.YES,
                        IdentifierComparison.CONFLICT, Answer.NO));

        PartyScreening.Answer again = screen(party("Banco Nacional de Cuba", "CUST-5"), null);
        PartyScreening.Answer other = screen(party("Banco Nacional de Cuba", "CUST-6"), null);

        assertThat(again.result().outcome()).isEqualTo(ScreeningOutcome.CLEAR);
        assertThat(again.result().suppressed()).singleElement().satisfies(h -> assertThat(h.sourceId()).isEqualTo("306"));
        assertThat(other.result().outcome()).as("another customer").isEqualTo(ScreeningOutcome.HIT);
    }
}
