package io.interdict.casework.domain.model.screening;

/** What a screening found. */
public enum ScreeningOutcome {
    /** No hit, or only hits accepted before as false (suppressed). */
    CLEAR,
    /** At least one hit: a case was opened. */
    HIT
}
