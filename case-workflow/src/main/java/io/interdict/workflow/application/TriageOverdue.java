package io.interdict.workflow.application;

import io.interdict.casework.application.ManagerInbox;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.cases.ScreeningCaseRepository;
import io.interdict.workflow.domain.CaseProcess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.logging.Logger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Triage is past its SLA: the case is marked overdue and its priority raised one level, and the managers are told:
 * a notification in their inbox ({@code GET /api/notifications}) until one of them acknowledges it, the audit event
 * {@code MANAGERS_NOTIFIED}, and a warning in the server log; the case also appears in the {@code overdue=true} case
 * list. (E-mail is not part of the platform yet.)
 */
@ApplicationScoped
@Named(CaseProcess.Beans.TRIAGE_OVERDUE)
public class TriageOverdue implements JavaDelegate {

    private static final Logger LOG = Logger.getLogger(TriageOverdue.class.getName());

    @Inject
    ScreeningCaseRepository cases;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ManagerInbox inbox;

    @Override
    public void execute(DelegateExecution execution) {
        ScreeningCase screeningCase = ProcessCases.caseOf(execution, cases);
        String before = screeningCase.stateSummary();
        if (!screeningCase.markTriageOverdue(Instant.now())) {
            return;
        }
        String id = screeningCase.id().toString();
        auditTrail.append(AuditRecord.of(ProcessCases.ACTOR, "TRIAGE_OVERDUE", "ScreeningCase", id,
                "triage SLA passed at " + screeningCase.slaDueAt() + "; priority raised to " + screeningCase.priority())
                .withStates(before, screeningCase.stateSummary()));
        inbox.triageOverdue(screeningCase, ProcessCases.ACTOR);
        LOG.warning(() -> "Triage overdue for case " + id + " ('" + screeningCase.party().name() + "', queue "
                + screeningCase.queue() + "): priority raised to " + screeningCase.priority());
    }
}
