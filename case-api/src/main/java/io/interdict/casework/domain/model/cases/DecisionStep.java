package io.interdict.casework.domain.model.cases;

/** The step of the case's process a decision was taken at. */
public enum DecisionStep {
    TRIAGE, ESCALATION
}
