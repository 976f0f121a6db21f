package io.interdict.workflow.infrastructure.camunda;

import static org.camunda.bpm.engine.variable.Variables.createVariables;
import static org.camunda.bpm.engine.variable.Variables.doubleValue;
import static org.camunda.bpm.engine.variable.Variables.stringValue;

import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.workflow.domain.CaseProcess.Variables;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The variables a case process starts with. The case id stays for the process's whole life; the decision table's
 * inputs are transient: the table reads them while the process starts, and they are never written to the database,
 * since the case holds the alerts they come from.
 */
public final class CaseProcessStart {

    private CaseProcessStart() {
    }

    /** The variables of a process started for {@code opened}. */
    public static VariableMap forOpening(ScreeningCase opened) {
        Alert strongest = opened.strongestAlert();
        return variables(opened.id().toString(), strongest.score(), strongest.listSource(), strongest.programmes(),
                strongest.entryType());
    }

    public static VariableMap variables(String caseId, double score, String listSource, String programmes,
                                        String entityType) {
        return createVariables()
                .putValue(Variables.CASE_ID, caseId)
                .putValueTyped(Variables.SCORE, doubleValue(score, true))
                .putValueTyped(Variables.LIST_SOURCE, stringValue(listSource, true))
                .putValueTyped(Variables.PROGRAMMES, stringValue(programmes, true))
                .putValueTyped(Variables.ENTITY_TYPE, stringValue(entityType, true));
    }
}
