package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.Comment;
import io.interdict.casework.domain.model.cases.EscalationOutcome;
import io.interdict.casework.domain.model.cases.FourEyesViolation;
import io.interdict.casework.domain.model.cases.Queue;
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
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Working a case: claiming it, the analyst's triage, the manager's escalation decision, comments, and the steps the
 * workflow takes on a case (triage overdue, the hand-over to reporting). Each is one transaction that changes the
 * case through {@link CaseChanges} (the change and its audit event together) and moves the case's workflow on. A
 * refused four-eyes attempt is audited too, in its own transaction, so it is on record even though the decision
 * itself is rolled back.
 */
@ApplicationScoped
public class CaseWork {

    /** The actor the audit trail names for what the workflow itself does. */
    public static final String WORKFLOW = "system:workflow";

    private static final Logger LOG = Logger.getLogger(CaseWork.class.getName());

    @Inject
    CaseChanges changes;

    @Inject
    ScreeningCaseRepository cases;

    @Inject
    AcceptedFalseHits acceptedFalseHits;

    @Inject
    CaseWorkflow workflow;

    @Inject
    RefusalRecorder refusals;

    @Inject
    ManagerInbox inbox;

    @Inject
    ReportingObligations obligations;

    @Inject
    Clock clock;

    @Transactional
    public ScreeningCase claim(CaseId caseId, String user) {
        return changes.change(caseId, c -> c.claim(user, now()), c -> workflow.claimed(c, user));
    }

    /**
     * "Next case": claims the most urgent unclaimed case in triage (of the queue, when given) for the user. Empty
     * when none is waiting. Two analysts pulling at once may reach for the same case; the one stored second gets
     * {@link ConcurrentChange} and pulls again.
     */
    @Transactional
    public Optional<ScreeningCase> claimNext(String user, Optional<Queue> queue) {
        return cases.mostUrgentUnclaimed(queue, 1).stream().findFirst().map(caseId -> claim(caseId, user));
    }

    /** A manager hands the case to another analyst, or back to the queue; the reason is audited. */
    @Transactional
    public ScreeningCase reassign(CaseId caseId, String manager, Optional<String> analyst, String reason) {
        return changes.change(caseId, c -> c.reassign(manager, analyst, reason, now()));
    }

    @Transactional
    public ScreeningCase release(CaseId caseId, String user) {
        return changes.change(caseId, c -> c.release(user, now()));
    }

    /** The analyst's triage. A false positive is also remembered as an accepted false hit for each alert. */
    @Transactional
    public ScreeningCase triage(CaseId caseId, String analyst, TriageOutcome outcome, String rationale,
                                ValidMatchChecklist checklist) {
        return changes.change(caseId, c -> {
            c.triage(analyst, outcome, rationale, checklist, now());
            if (outcome == TriageOutcome.FALSE_POSITIVE) {
                acceptFalseHits(c, analyst);
            }
        }, c -> workflow.triaged(c, analyst, outcome));
    }

    /** The manager's decision; refused (and the refusal audited) when the manager escalated the case themselves. */
    @Transactional
    public ScreeningCase decideEscalation(CaseId caseId, String manager, EscalationOutcome outcome, String rationale) {
        try {
            return changes.change(caseId, c -> c.decideEscalation(manager, outcome, rationale, now()),
                    c -> workflow.escalationDecided(c, manager, outcome));
        } catch (FourEyesViolation refused) {
            refusals.record(AuditRecord.of(manager, AuditAction.FOUR_EYES_REFUSED, caseId,
                    "refused " + outcome + " by " + manager + ": " + refused.getMessage()));
            throw refused;
        }
    }

    @Transactional
    public Comment comment(CaseId caseId, String author, String text) {
        return changes.apply(caseId, c -> c.comment(author, text, now()));
    }

    /**
     * The workflow's SLA timer fired: the case is marked overdue and its priority raised, and the managers are told
     * (their inbox, the trail, the server log). Nothing happens when the case was marked before (a returned
     * escalation starts triage again after the deadline) or triage is over. Joins the workflow step's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void triageOverdue(CaseId caseId) {
        Optional<ScreeningCase> marked = changes.apply(caseId,
                c -> c.markTriageOverdue(WORKFLOW, now()) ? Optional.of(c) : Optional.empty());
        marked.ifPresent(c -> {
            inbox.triageOverdue(c, WORKFLOW);
            LOG.warning(() -> "Triage overdue for case " + caseId + " ('" + c.party().name() + "', queue "
                    + c.queue() + "): priority raised to " + c.priority());
        });
    }

    /**
     * The decision phase ended in an approved BLOCK or REJECT: the case goes to blocking and reporting, which enters
     * blocked property in the register and opens the report owed, with its legal due date.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void handOverToReporting(CaseId caseId) {
        changes.change(caseId, c -> c.handOverToReporting(WORKFLOW, now()), c -> obligations.openFor(c, WORKFLOW));
    }

    private void acceptFalseHits(ScreeningCase screeningCase, String analyst) {
        screeningCase.party().reference().ifPresent(reference -> {
            for (Alert alert : screeningCase.alerts()) {
                acceptedFalseHits.accept(new AcceptedFalseHit(SuppressionKey.of(reference,
                        screeningCase.party().fingerprint(), alert.entry()),
                        screeningCase.id(), analyst, now()));
            }
        });
    }

    private Instant now() {
        return clock.instant();
    }
}
