package io.interdict.casework.domain.model.reporting;

/** Where a report is on its way to OFAC. */
public enum ReportStatus {
    /** Opened with what the case holds; an analyst completes the fields it does not. */
    DRAFT,
    /** Drafted; waiting for a manager other than the drafter to sign it off. */
    AWAITING_SIGN_OFF,
    /** Signed off; to be filed in OFAC's reporting system. */
    SIGNED_OFF,
    /** Filed; the filing reference the reporting system gave is recorded. */
    FILED
}
