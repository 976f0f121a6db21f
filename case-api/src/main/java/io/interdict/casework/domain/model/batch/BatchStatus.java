package io.interdict.casework.domain.model.batch;

/** Where a batch is: waiting for its job, being screened, done, or stopped by an error. */
public enum BatchStatus {
    QUEUED, RUNNING, COMPLETED, FAILED;

    /** A batch the server must (re)start after a restart: its job was never started or did not finish. */
    public boolean unfinished() {
        return this == QUEUED || this == RUNNING;
    }

    /**
     * A batch a job may take up: one that still has items to screen. A failed job leaves its batch FAILED with the
     * rest of its items pending; the next start of the server tries them again. (A job also fails when the server
     * stops under it, and that must not lose the rest of the batch.) Only a completed batch is final.
     */
    public boolean resumable() {
        return this != COMPLETED;
    }
}
