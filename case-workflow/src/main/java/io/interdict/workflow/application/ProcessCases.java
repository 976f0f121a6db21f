package io.interdict.workflow.application;

import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.cases.ScreeningCaseRepository;
import io.interdict.workflow.domain.CaseProcess;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What the casework process's delegates share: the case an execution routes, and who they act as. */
final class ProcessCases {

    /** The actor the audit trail names for what the workflow itself does. */
    static final String ACTOR = "system:workflow";

    private ProcessCases() {
    }

    /**
     * The case the process execution routes ({@link CaseProcess.Variables#CASE_ID}): while its process starts, the
     * case being opened, which is not stored yet ({@link OpeningCases}); afterwards the stored case.
     */
    static ScreeningCase caseOf(DelegateExecution execution, ScreeningCaseRepository cases) {
        UUID id = UUID.fromString((String) execution.getVariable(CaseProcess.Variables.CASE_ID));
        Optional<ScreeningCase> opening = OpeningCases.current(id);
        if (opening.isPresent()) {
            return opening.get();
        }
        return cases.find(id).orElseThrow(() -> new IllegalStateException("the process "
                + execution.getProcessInstanceId() + " routes case " + id + ", which does not exist"));
    }
}
