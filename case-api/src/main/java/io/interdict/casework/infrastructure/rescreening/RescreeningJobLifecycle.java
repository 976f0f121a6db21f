package io.interdict.casework.infrastructure.rescreening;

import io.interdict.casework.application.RescreeningProgress;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Tells the run when a job execution takes it up and when that execution ends, and how. */
@Named("rescreeningJobLifecycle")
@Dependent
public class RescreeningJobLifecycle implements JobListener {

    @Inject
    @BatchProperty(name = RescreeningJob.RESCREENING_ID)
    String rescreeningId;

    @Inject
    JobContext job;

    @Inject
    RescreeningProgress progress;

    @Override
    public void beforeJob() {
        progress.takenUp(RescreeningJob.id(rescreeningId), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        progress.ended(RescreeningJob.id(rescreeningId), status == BatchStatus.FAILED,
                "job execution " + job.getExecutionId() + " ended " + status
                        + (job.getExitStatus() == null ? "" : " (" + job.getExitStatus() + ")"));
    }
}
