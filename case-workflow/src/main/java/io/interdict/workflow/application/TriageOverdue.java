package io.interdict.workflow.application;

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
 * Triage is past its SLA: the case is marked overdue and its priority raised one level, and the managers are told.
 * They are told through the trail they already watch: an audit event {@code MANAGERS_NOTIFIED} and a warning in the
 * server log, and the case now appears in the managers' {@code overdue=true} case list. (E-mail is not part of the
 * platform yet.)
 */
@ApplicationScoped
@Named(CaseProcess.Beans.TRIAGE_OVERDUE)
public class TriageOverdue implements JavaDelegate {

    private static final Logger LOG = Logger.getLogger(TriageOverdue.class.getName());

    @Inject
    ScreeningCaseRepository cases;

    @Inject
    AuditTrail auditTrail;

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
        auditTrail.append(AuditRecord.of(ProcessCases.ACTOR, "MANAGERS_NOTIFIED", "ScreeningCase", id,
                "managers notified: triage of case for '" + screeningCase.party().name() + "' is overdue"));
        LOG.warning(() -> "Triage overdue for case " + id + " ('" + screeningCase.party().name() + "', queue "
                + screeningCase.queue() + "): priority raised to " + screeningCase.priority());
    }
}
