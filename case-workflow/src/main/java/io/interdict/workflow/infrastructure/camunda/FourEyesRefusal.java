package io.interdict.workflow.infrastructure.camunda;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The workflow engine refused to complete an escalation because the decider is the analyst who escalated the case,
 * or cannot be told apart from them. A plain engine exception, deliberately not a {@code BpmnError}: no boundary
 * event may catch it and route the case on; the completion is rolled back.
 */
public class FourEyesRefusal extends ProcessEngineException {

    private final String user;

    FourEyesRefusal(String user, Throwable cause) {
        super("four eyes: " + user + " escalated this case and cannot decide the escalation", cause);
        this.user = user;
    }

    FourEyesRefusal(String message) {
        super(message);
        this.user = null;
    }

    /** The user who tried to decide their own escalation; null when the refusal is for a missing identity. */
    public String user() {
        return user;
    }
}
