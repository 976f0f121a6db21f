package io.interdict.workflow.infrastructure.camunda;

import io.interdict.casework.application.CaseWork;
import io.interdict.casework.application.ReportingObligations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * July 1: casework compiles the annual report of the property held blocked on June 30, in the timer job's
 * transaction, and tells the process whether one was owed.
 */
@ApplicationScoped
@Named(AnnualReportProcess.Beans.COMPILE_ANNUAL_REPORT)
public class CompileAnnualReport implements JavaDelegate {

    @Inject
    ReportingObligations obligations;

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(AnnualReportProcess.Variables.REPORT_OWED,
                obligations.annualDue(CaseWork.WORKFLOW).isPresent());
    }
}
