package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.cases.Comment;
import io.interdict.casework.domain.model.cases.Decision;
import io.interdict.casework.domain.model.cases.EscalationOutcome;
import io.interdict.casework.domain.model.cases.FourEyesViolation;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.cases.ScreeningCaseRepository;
import io.interdict.casework.domain.model.cases.TriageOutcome;
import io.interdict.casework.domain.model.cases.ValidMatchChecklist;
import io.interdict.casework.domain.model.suppression.AcceptedFalseHit;
import io.interdict.casework.domain.model.suppression.AcceptedFalseHits;
import io.interdict.casework.domain.model.suppression.SuppressionKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Working a case: claiming it, the analyst's triage, the manager's escalation decision, comments. Each is one
 * transaction that changes the case, appends its audit event with the state before and after, and moves the case's
 * workflow on. A refused four-eyes attempt is audited too, in its own transaction, so it is on record even though
 * the decision itself is rolled back.
 */
@ApplicationScoped
public class CaseWork {

    @Inject
    ScreeningCaseRepository cases;

    @Inject
    AuditTrail auditTrail;

    @Inject
    AcceptedFalseHits acceptedFalseHits;

    @Inject
    CaseWorkflow workflow;

    @Inject
    RefusalRecorder refusals;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public ScreeningCase claim(UUID caseId, String user) {
        return change(caseId, user, "CASE_CLAIMED", c -> {
            c.claim(user, now());
            return user + " claimed the case";
        }, c -> workflow.claimed(c, user));
    }

    @Transactional
    public ScreeningCase release(UUID caseId, String user) {
        return change(caseId, user, "CASE_RELEASED", c -> {
            c.release(user, now());
            return user + " released the case to the queue";
        }, c -> { });
    }

    /** The analyst's triage. A false positive is also remembered as an accepted false hit for each alert. */
    @Transactional
    public ScreeningCase triage(UUID caseId, String analyst, TriageOutcome outcome, String rationale,
                                ValidMatchChecklist checklist) {
        return change(caseId, analyst, "CASE_TRIAGED", c -> {
            Decision decision = c.triage(analyst, outcome, rationale, checklist, now());
            if (outcome == TriageOutcome.FALSE_POSITIVE) {
                acceptFalseHits(c, analyst);
            }
            return analyst + " triaged " + outcome + ": " + decision.rationale() + " [checklist: " + checklist + "]";
        }, c -> workflow.triaged(c, analyst, outcome));
    }

    /** The manager's decision; refused (and the refusal audited) when the manager escalated the case themselves. */
    @Transactional
    public ScreeningCase decideEscalation(UUID caseId, String manager, EscalationOutcome outcome, String rationale) {
        try {
            return change(caseId, manager, "ESCALATION_DECIDED", c -> {
                Decision decision = c.decideEscalation(manager, outcome, rationale, now());
                return manager + " decided " + outcome + ": " + decision.rationale();
            }, c -> workflow.escalationDecided(c, manager, outcome));
        } catch (FourEyesViolation refused) {
            refusals.record(AuditRecord.of(manager, "FOUR_EYES_REFUSED", "ScreeningCase", caseId.toString(),
                    "refused " + outcome + " by " + manager + ": " + refused.getMessage()));
            throw refused;
        }
    }

    @Transactional
    public Comment comment(UUID caseId, String author, String text) {
        ScreeningCase screeningCase = find(caseId);
        Comment comment = screeningCase.comment(author, text, now());
        auditTrail.append(AuditRecord.of(author, "CASE_COMMENTED", "ScreeningCase", caseId.toString(), text));
        return comment;
    }

    /**
     * Applies a change in the order the trail must show it: the domain decides (and may refuse), its audit event is
     * written, then the workflow moves on - whose own steps (the hand-over to reporting) are recorded after it.
     */
    private ScreeningCase change(UUID caseId, String actor, String action, Function<ScreeningCase, String> change,
                                 Consumer<ScreeningCase> workflowStep) {
        ScreeningCase screeningCase = find(caseId);
        String before = screeningCase.stateSummary();
        String detail = change.apply(screeningCase);
        auditTrail.append(AuditRecord.of(actor, action, "ScreeningCase", caseId.toString(), detail)
                .withStates(before, screeningCase.stateSummary()));
        workflowStep.accept(screeningCase);
        return screeningCase;
    }

    private void acceptFalseHits(ScreeningCase screeningCase, String analyst) {
        screeningCase.party().reference().ifPresent(reference -> {
            for (Alert alert : screeningCase.alerts()) {
                acceptedFalseHits.accept(new AcceptedFalseHit(new SuppressionKey(reference,
                        screeningCase.party().fingerprint(), alert.listEntryKey(), alert.entryFingerprint()),
                        screeningCase.id(), analyst, now()));
            }
        });
    }

    private ScreeningCase find(UUID caseId) {
        return cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
    }

    private Instant now() {
        return clock.instant();
    }
}
