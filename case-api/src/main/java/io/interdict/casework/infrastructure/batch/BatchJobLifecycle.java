package io.interdict.casework.infrastructure.batch;

import io.interdict.casework.application.BatchProgress;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/** Tells the batch when a job execution takes it up and when that execution ends, and how. */
@Named("batchJobLifecycle")
@Dependent
public class BatchJobLifecycle implements JobListener {

    @Inject
    @BatchProperty(name = ScreeningBatchJob.BATCH_ID)
    String batchId;

    @Inject
    JobContext job;

    @Inject
    BatchProgress progress;

    @Override
    public void beforeJob() {
        progress.started(UUID.fromString(batchId), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        progress.ended(UUID.fromString(batchId), status == BatchStatus.FAILED,
                "job execution " + job.getExecutionId() + " ended " + status
                        + (job.getExitStatus() == null ? "" : " (" + job.getExitStatus() + ")"));
    }
}
