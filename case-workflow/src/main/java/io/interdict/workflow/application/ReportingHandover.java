package io.interdict.workflow.application;

import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.workflow.domain.CaseProcess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The extension point where the decision phase ends in {@code BLOCK} or {@code REJECT}: the case is handed over to
 * blocking and OFAC reporting (31 CFR 501.603 / 501.604, ten business days). The blocked-property register and the
 * report timers are their own piece of work; until they are built, the handover is recorded in the audit trail,
 * where it shows with the approving decision before it.
 */
@ApplicationScoped
@Named(CaseProcess.Beans.REPORTING_HANDOVER)
public class ReportingHandover implements JavaDelegate {

    @Inject
    AuditTrail auditTrail;

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable(CaseProcess.Variables.CASE_ID);
        String outcome = (String) execution.getVariable(CaseProcess.Variables.ESCALATION_OUTCOME);
        String report = "BLOCK".equals(outcome) ? "report of blocked property (31 CFR 501.603)"
                : "report of rejected transaction (31 CFR 501.604)";
        auditTrail.append(AuditRecord.of(ProcessCases.ACTOR, "HANDED_OVER_TO_REPORTING", "ScreeningCase", caseId,
                outcome + " approved: handed over for the " + report + ", due within 10 business days"));
    }
}
