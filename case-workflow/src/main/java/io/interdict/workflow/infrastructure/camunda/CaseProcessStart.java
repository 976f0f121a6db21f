package io.interdict.workflow.infrastructure.camunda;

import static org.camunda.bpm.engine.variable.Variables.createVariables;

import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.workflow.infrastructure.camunda.CaseProcess.Variables;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The variables a case process starts with, and keeps for its whole life: the case's id, and when its triage is due
 * (the SLA timer and the triage task's due date). Everything else about the case is the case's, not the process's.
 */
public final class CaseProcessStart {

    private CaseProcessStart() {
    }

    /** The variables of a process started for {@code opened}. */
    public static VariableMap forOpening(ScreeningCase opened) {
        return variables(opened.id(), opened.slaDueAt());
    }

    public static VariableMap variables(CaseId caseId, Instant triageDue) {
        return createVariables()
                .putValue(Variables.CASE_ID, caseId.toString())
                .putValue(Variables.TRIAGE_DUE, Date.from(triageDue));
    }
}
