package io.interdict.casework.domain.model.cases;

/** What an analyst can decide at triage. */
public enum TriageOutcome {
    /** Not the listed party: close the case (a rationale is required). */
    FALSE_POSITIVE,
    /** Possibly or certainly the listed party: a manager decides. */
    ESCALATE
}
