package io.interdict.casework.application;

import io.interdict.casework.domain.model.rescreening.RescreeningId;

/** Starts the job that carries out a delta re-screening: a port, Jakarta Batch in the server. */
public interface RescreeningJobs {

    /**
     * Starts a job execution for the run, which must be committed. Call it outside any transaction.
     *
     * @return the job execution's id
     */
    long start(RescreeningId id);
}
