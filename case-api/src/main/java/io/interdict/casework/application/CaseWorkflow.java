package io.interdict.casework.application;

import io.interdict.casework.domain.model.cases.EscalationOutcome;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.cases.TriageOutcome;

/**
 * The workflow that routes cases, as casework needs it. Implemented with the embedded Camunda engine in the
 * case-workflow module; every call joins the caller's transaction, so the case and its process move together.
 */
public interface CaseWorkflow {

    /**
     * Starts the process of a new case, already prioritised: the process is given the case's id and triage due time
     * (its SLA timer) and nothing else, and changes nothing on the case. Returns the process instance id.
     */
    String start(ScreeningCase screeningCase);

    /** Completes the case's triage task with the analyst's outcome. */
    void triaged(ScreeningCase screeningCase, String analyst, TriageOutcome outcome);

    /** Completes the case's escalation task with the manager's outcome. */
    void escalationDecided(ScreeningCase screeningCase, String manager, EscalationOutcome outcome);

    /** Records who holds the case's current task. */
    void claimed(ScreeningCase screeningCase, String user);

    /**
     * The case's process as it is deployed, drawn as a PNG with the steps the case is at now marked; empty when the
     * case has no process.
     */
    java.util.Optional<byte[]> diagram(ScreeningCase screeningCase);

    /** The task the case waits on now ({@code triage}, {@code escalation}), if any. */
    java.util.Optional<String> currentTask(ScreeningCase screeningCase);
}
