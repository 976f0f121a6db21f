package io.interdict.casework.domain.model.cases;

/**
 * How urgently a case is worked. Decided at creation by the prioritisation table; raised when triage is overdue.
 * The declaration order is the rank stored in the database (0 = low): append, never reorder.
 */
public enum Priority {
    LOW, MEDIUM, HIGH, CRITICAL;

    /** The next level up; critical stays critical. */
    public Priority raised() {
        return this == CRITICAL ? CRITICAL : values()[ordinal() + 1];
    }
}
