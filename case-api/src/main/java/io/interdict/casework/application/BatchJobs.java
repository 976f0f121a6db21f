package io.interdict.casework.application;

import java.util.UUID;

/** Starts the batch job that screens a batch's pending items (Jakarta Batch in the server). */
public interface BatchJobs {

    /**
     * Starts a job execution for the batch and answers its id. Must be called outside a transaction: the job runs
     * on its own threads and must see the batch committed.
     */
    long start(UUID batchId);
}
