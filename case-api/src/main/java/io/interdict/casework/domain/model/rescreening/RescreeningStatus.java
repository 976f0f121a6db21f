package io.interdict.casework.domain.model.rescreening;

/** Where a re-screening run stands. */
public enum RescreeningStatus {
    /** Reading the stored parties and finding those that could match an added or changed entry. */
    SCANNING,
    /** Re-screening the parties found, each as a screening of its own. */
    SCREENING,
    /** Every party found was re-screened. */
    COMPLETED,
    /**
     * The job failed; the reason is in the message. Parties not re-screened are still pending, and the next start-up
     * takes the run up again: a server stopping under a job can fail it, and that is no end.
     */
    FAILED;

    /** Whether the run is still going. */
    public boolean unfinished() {
        return this == SCANNING || this == SCREENING;
    }

    /** Whether a start-up takes it up again. */
    public boolean resumable() {
        return this != COMPLETED;
    }
}
