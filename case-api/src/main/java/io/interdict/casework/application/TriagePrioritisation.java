package io.interdict.casework.application;

import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.cases.ScreeningCase.TriagePlan;
import java.time.Instant;

/**
 * How urgent a new case is, in which queue, due when: the prioritisation table's decision on the case's strongest
 * alert. A port: implemented with the workflow engine's decision service (case-workflow), so the table is the one
 * deployed with the case process, and its evaluation is kept in the engine's history.
 */
public interface TriagePrioritisation {

    /** The plan for a case opened at {@code openedAt} whose strongest alert is {@code strongest}. */
    TriagePlan planFor(Alert strongest, Instant openedAt);
}
