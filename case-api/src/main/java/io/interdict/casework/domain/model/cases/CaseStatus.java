package io.interdict.casework.domain.model.cases;

/** Where a case stands in its decision phase. */
public enum CaseStatus {
    /** In the analyst queue, waiting for triage. */
    IN_TRIAGE,
    /** Escalated by an analyst; waiting for a manager other than the escalating analyst. */
    ESCALATED,
    /** Triaged as a false positive and closed with a rationale. */
    CLOSED_FALSE_POSITIVE,
    /** A manager approved blocking the property; blocking and its report follow. */
    BLOCK_APPROVED,
    /** A manager approved rejecting the transaction; the rejection report follows. */
    REJECT_APPROVED;

    /** Whether the case still waits for a decision. */
    public boolean isOpen() {
        return this == IN_TRIAGE || this == ESCALATED;
    }
}
