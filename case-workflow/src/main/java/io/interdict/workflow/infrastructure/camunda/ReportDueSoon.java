package io.interdict.workflow.infrastructure.camunda;

import io.interdict.casework.application.ReportWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The report's reminder timer fired two business days before its due date: casework tells the managers it is not filed yet, in the timer job's transaction. */
@ApplicationScoped
@Named(ReportProcess.Beans.REPORT_DUE_SOON)
public class ReportDueSoon implements JavaDelegate {

    @Inject
    ReportWork reportWork;

    @Override
    public void execute(DelegateExecution execution) {
        reportWork.dueSoon(ReportProcess.reportIdOf(execution));
    }
}
