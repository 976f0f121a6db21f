package io.interdict.casework.domain.model.cases;

/** What a manager can decide on an escalated case. */
public enum EscalationOutcome {
    /** Block the property (31 CFR 501.603 report follows). */
    BLOCK,
    /** Reject the transaction (31 CFR 501.604 report follows). */
    REJECT,
    /** Send the case back to triage, with a comment saying what is missing. */
    RETURN
}
