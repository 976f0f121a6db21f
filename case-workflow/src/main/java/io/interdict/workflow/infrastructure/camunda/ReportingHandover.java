package io.interdict.workflow.infrastructure.camunda;

import io.interdict.casework.application.CaseWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The extension point where the decision phase ends in {@code BLOCK} or {@code REJECT}: casework hands the case over
 * to blocking and OFAC reporting ({@link CaseWork#handOverToReporting}): a BLOCK enters the property in the register
 * of blocked property, and either opens its report to OFAC (31 CFR 501.603 / 501.604), due in ten business days,
 * whose own process ({@code bpmn/ofac-report.bpmn}) then runs from draft to filing.
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
