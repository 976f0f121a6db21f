package io.interdict.casework.infrastructure.batch;

import io.interdict.casework.domain.model.batch.ScreeningBatchRepository;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/** Reads the batch's items that are still PENDING, in position order (CSV line or array index). */
@Named("pendingItemReader")
@Dependent
public class PendingItemReader extends PendingInPositionOrder {

    @Inject
    @BatchProperty(name = ScreeningBatchJob.BATCH_ID)
    String batchId;

    @Inject
    ScreeningBatchRepository batches;

    @Override
    protected List<Pending> pendingAfter(int position, int limit) {
        return batches.pendingItemsAfter(UUID.fromString(batchId), position, limit).stream()
                .map(item -> new Pending(item.id(), item.position())).toList();
    }
}
