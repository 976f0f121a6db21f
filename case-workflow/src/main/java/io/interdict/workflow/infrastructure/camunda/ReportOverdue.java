package io.interdict.workflow.infrastructure.camunda;

import io.interdict.casework.application.ReportWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The report's due date passed unfiled: casework marks it overdue and tells the managers, in the timer job's transaction. */
@ApplicationScoped
@Named(ReportProcess.Beans.REPORT_OVERDUE)
public class ReportOverdue implements JavaDelegate {

    @Inject
    ReportWork reportWork;

    @Override
    public void execute(DelegateExecution execution) {
        reportWork.overdue(ReportProcess.reportIdOf(execution));
    }
}
