package io.interdict.casework.application;

import static io.interdict.casework.application.InMemoryCasework.KOMID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.cases.Answer;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CaseRuleViolation;
import io.interdict.casework.domain.model.cases.CaseStatus;
import io.interdict.casework.domain.model.cases.EscalationOutcome;
import io.interdict.casework.domain.model.cases.FourEyesViolation;
import io.interdict.casework.domain.model.cases.IdentifierComparison;
import io.interdict.casework.domain.model.cases.Priority;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.cases.TriageOutcome;
import io.interdict.casework.domain.model.cases.ValidMatchChecklist;
import io.interdict.screening.domain.model.entry.EntityType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Working a case, in memory: every use case changes the case and records exactly its audit event (with the state
 * before and after, the after being the case as it is), and moves the workflow on.
 */
class CaseWorkTest {

    private static final ValidMatchChecklist VALID_MATCH = new ValidMatchChecklist(Answer.YES, Answer.NO, Answer.NO,
            IdentifierComparison.AGREE, Answer.YES);

    private final InMemoryCasework casework = new InMemoryCasework();
    private CaseId caseId;

    @BeforeEach
    void openKomidCase() {
        caseId = new CaseId(casework.screening.screen(new ScreeningCommand(KOMID, Optional.of(EntityType.ENTITY),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("CUST-9"), List.of()),
                "service", Optional.empty()).result().caseId());
        casework.trail.records.clear();
        casework.workflow.calls.clear();
    }

    private ScreeningCase theCase() {
        return casework.cases.stored.get(caseId);
    }

    /** The one event the use case recorded, checked against the case as it is now. */
    private AuditRecord onlyEvent(String action) {
        assertThat(casework.trail.records).extracting(r -> r.action().name()).containsExactly(action);
        AuditRecord event = casework.trail.records.get(0);
        assertThat(event.after()).isEqualTo(theCase().stateSummary());
        assertThat(event.before()).isNotNull().isNotEqualTo(event.after());
        return event;
    }

    @Test
    void claimingAndReleasingAreEachAudited() {
        casework.caseWork.claim(caseId, "analyst");
        assertThat(onlyEvent("CASE_CLAIMED").actor()).isEqualTo("analyst");
        assertThat(casework.workflow.calls).containsExactly("claimed by analyst");

        casework.trail.records.clear();
        casework.caseWork.release(caseId, "analyst");
        onlyEvent("CASE_RELEASED");
    }

    @Test
    void triageIsAuditedWithTheChecklistAndMovesTheWorkflow() {
        casework.caseWork.triage(caseId, "analyst", TriageOutcome.ESCALATE, "DOB and address match", VALID_MATCH);

        assertThat(onlyEvent("CASE_TRIAGED").detail()).contains("ESCALATE", "DOB and address match", "checklist");
        assertThat(theCase().status()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(casework.workflow.calls).containsExactly("triaged ESCALATE by analyst");
    }

    @Test
    void anEscalationDecidedByASecondPersonIsAuditedAndItsOwnIsRefusedOnTheRecord() {
        casework.caseWork.triage(caseId, "manager2", TriageOutcome.ESCALATE, "strong match", VALID_MATCH);
        casework.trail.records.clear();
        casework.workflow.calls.clear();

        assertThatThrownBy(() -> casework.caseWork.decideEscalation(caseId, "manager2", EscalationOutcome.BLOCK,
                "my own")).isInstanceOf(FourEyesViolation.class);
        assertThat(casework.trail.records).extracting(r -> r.action().name()).containsExactly("FOUR_EYES_REFUSED");

        casework.trail.records.clear();
        casework.caseWork.decideEscalation(caseId, "manager", EscalationOutcome.BLOCK, "confirmed listed");
        onlyEvent("ESCALATION_DECIDED");
        assertThat(casework.workflow.calls).containsExactly("decided BLOCK by manager");
    }

    @Test
    void aCommentIsAudited() {
        casework.caseWork.comment(caseId, "analyst", "asked the relationship manager for the passport");

        assertThat(onlyEvent("CASE_COMMENTED").detail()).isEqualTo("asked the relationship manager for the passport");
    }

    @Test
    void overdueTriageRaisesPriorityAndNotifiesTheManagersOnce() {
        casework.caseWork.triageOverdue(caseId);

        assertThat(casework.trail.records).extracting(r -> r.action().name())
                .containsExactly("TRIAGE_OVERDUE", "MANAGERS_NOTIFIED");
        assertThat(casework.trail.records.get(0).after()).isEqualTo(theCase().stateSummary());
        assertThat(theCase().isOverdue()).isTrue();
        assertThat(theCase().priority()).isEqualTo(Priority.CRITICAL);
        assertThat(casework.notifications.added).hasSize(1);

        casework.caseWork.triageOverdue(caseId);
        assertThat(casework.trail.records).as("nothing new the second time").hasSize(2);
    }

    @Test
    void onlyAnApprovedBlockOrRejectIsHandedOverToReporting() {
        assertThatThrownBy(() -> casework.caseWork.handOverToReporting(caseId))
                .isInstanceOf(CaseRuleViolation.class);

        casework.caseWork.triage(caseId, "analyst", TriageOutcome.ESCALATE, "strong match", VALID_MATCH);
        casework.caseWork.decideEscalation(caseId, "manager", EscalationOutcome.REJECT, "payment to listed entity");
        casework.trail.records.clear();
        casework.caseWork.handOverToReporting(caseId);

        assertThat(casework.trail.records).extracting(r -> r.action().name())
                .containsExactly("HANDED_OVER_TO_REPORTING", "REPORT_OPENED");
        assertThat(casework.trail.records.get(0)).satisfies(event -> {
            assertThat(event.detail()).contains("501.604", "10 business days");
            assertThat(event.actor()).isEqualTo(CaseWork.WORKFLOW);
        });
    }

    @Test
    void nextCaseClaimsTheMostUrgentUnclaimedCaseOfTheQueueAndNothingWhenNoneWaits() {
        CaseId second = new CaseId(casework.screening.screen(new ScreeningCommand(KOMID,
                Optional.of(EntityType.ENTITY), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("CUST-10"), List.of()), "service", Optional.empty()).result().caseId());
        casework.caseWork.claim(caseId, "analyst2");

        ScreeningCase pulled = casework.caseWork.claimNext("analyst", Optional.of(theCase().queue())).orElseThrow();

        assertThat(pulled.id()).as("the case analyst2 holds is not pulled").isEqualTo(second);
        assertThat(pulled.assignee()).contains("analyst");
        assertThat(casework.caseWork.claimNext("analyst", Optional.empty())).isEmpty();
    }

    @Test
    void aManagerReassignsACaseInTriageWithAnAuditedReasonButNotOnceTheAnalystHasDecided() {
        casework.caseWork.claim(caseId, "analyst");
        casework.trail.records.clear();

        assertThatThrownBy(() -> casework.caseWork.reassign(caseId, "manager", Optional.of("analyst2"), " "))
                .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("reason");
        casework.caseWork.reassign(caseId, "manager", Optional.of("analyst2"), "analyst is on leave");

        assertThat(theCase().assignee()).contains("analyst2");
        assertThat(onlyEvent("CASE_REASSIGNED").detail())
                .isEqualTo("manager reassigned the case from analyst to analyst2: analyst is on leave");

        casework.caseWork.triage(caseId, "analyst2", TriageOutcome.ESCALATE, "strong match", VALID_MATCH);
        assertThatThrownBy(() -> casework.caseWork.reassign(caseId, "manager", Optional.empty(), "back to queue"))
                .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("ESCALATED");
    }
}
