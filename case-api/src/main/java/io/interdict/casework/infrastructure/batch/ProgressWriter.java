package io.interdict.casework.infrastructure.batch;

import io.interdict.casework.application.BatchProgress;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/**
 * The items themselves were written as they were screened; the writer adds the chunk to the batch's counters, in
 * the same transaction, so the progress a client reads is never ahead of or behind the items.
 */
@Named("batchProgressWriter")
@Dependent
public class ProgressWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = ScreeningBatchJob.BATCH_ID)
    String batchId;

    @Inject
    BatchProgress progress;

    @Override
    public void writeItems(List<Object> hits) {
        int hitCount = (int) hits.stream().filter(Boolean.TRUE::equals).count();
        progress.chunkScreened(UUID.fromString(batchId), hits.size(), hitCount);
    }
}
