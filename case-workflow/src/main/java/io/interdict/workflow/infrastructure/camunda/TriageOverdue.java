package io.interdict.workflow.infrastructure.camunda;

import io.interdict.casework.application.CaseWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The triage SLA timer fired: casework marks the case overdue, raises its priority and notifies the managers
 * ({@link CaseWork#triageOverdue}), in the timer job's transaction.
 */
@ApplicationScoped
@Named(CaseProcess.Beans.TRIAGE_OVERDUE)
public class TriageOverdue implements JavaDelegate {

    @Inject
    CaseWork caseWork;

    @Override
    public void execute(DelegateExecution execution) {
        caseWork.triageOverdue(CaseProcess.caseIdOf(execution));
    }
}
