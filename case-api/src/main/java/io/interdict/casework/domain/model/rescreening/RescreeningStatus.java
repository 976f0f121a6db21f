package io.interdict.casework.domain.model.rescreening;

/** Where a re-screening run stands. */
public enum RescreeningStatus {
    /** Reading the stored parties and finding those that could match an added or changed entry. */
    SCANNING,
    /** Re-screening the parties found, each as a screening of its own. */
    SCREENING,
    /** Every party found was re-screened. */
    COMPLETED,
    /** The job failed; the reason is in the message. Parties not re-screened are still pending. */
    FAILED;

    /** Whether a stopped server's start-up takes it up again. */
    public boolean unfinished() {
        return this == SCANNING || this == SCREENING;
    }
}
