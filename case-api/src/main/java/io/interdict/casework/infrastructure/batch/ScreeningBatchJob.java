package io.interdict.casework.infrastructure.batch;

import io.interdict.casework.application.BatchJobs;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Properties;
import java.util.UUID;

/** Starts the {@code screening-batch} job for a batch through the server's job operator. */
@ApplicationScoped
public class ScreeningBatchJob implements BatchJobs {

    /** The job's id in {@code META-INF/batch-jobs/screening-batch.xml}. */
    static final String JOB_NAME = "screening-batch";

    /** The one job parameter: which batch to screen. */
    static final String BATCH_ID = "batchId";

    @Override
    public long start(UUID batchId) {
        Properties parameters = new Properties();
        parameters.setProperty(BATCH_ID, batchId.toString());
        return BatchRuntime.getJobOperator().start(JOB_NAME, parameters);
    }
}
