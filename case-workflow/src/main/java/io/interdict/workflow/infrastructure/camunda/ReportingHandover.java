package io.interdict.workflow.infrastructure.camunda;

import io.interdict.casework.application.CaseWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The extension point where the decision phase ends in {@code BLOCK} or {@code REJECT}: casework hands the case over
 * to blocking and OFAC reporting (31 CFR 501.603 / 501.604, ten business days;
 * {@link CaseWork#handOverToReporting(java.util.UUID)}). The blocked-property register and the report timers are
 * their own piece of work; until they are built, the hand-over is on the case's audit trail.
 */
@ApplicationScoped
@Named(CaseProcess.Beans.REPORTING_HANDOVER)
public class ReportingHandover implements JavaDelegate {

    @Inject
    CaseWork caseWork;

    @Override
    public void execute(DelegateExecution execution) {
        caseWork.handOverToReporting(CaseProcess.caseIdOf(execution));
    }
}
