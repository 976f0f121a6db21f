package io.interdict.casework.domain.model.cases;

/** Step 4 of the checklist: what comparing the complete list entry with what is known of the party showed. */
public enum IdentifierComparison {
    /** Identifiers, dates of birth, addresses or nationalities agree. */
    AGREE,
    /** At least one of them contradicts the list entry. */
    CONFLICT,
    /** Too little is known of the party to compare: more information must be obtained. */
    INSUFFICIENT_DATA
}
