package io.interdict.casework.domain.model.batch;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Batches, their items and their rejected rows. */
public interface ScreeningBatchRepository {

    void store(ScreeningBatch batch, List<BatchItem> items, List<RejectedRow> rejected);

    Optional<ScreeningBatch> byId(UUID id);

    /** Batches with items left to screen: queued, running when the server stopped, or failed part-way. */
    List<ScreeningBatch> unfinished();

    /** An item still to screen, as the batch job reads it. */
    record PendingItem(UUID id, int position) {
    }

    /** Up to {@code limit} items still to screen, after the given position, in position order. */
    List<PendingItem> pendingItemsAfter(UUID batchId, int position, int limit);

    long pendingItems(UUID batchId);

    Optional<BatchItem> item(UUID itemId);

    /** Up to {@code limit} of a batch's items in position order, from the {@code offset}-th. */
    List<BatchItem> items(UUID batchId, int offset, int limit);

    /** The batch's rejected rows in position order, at most {@code limit}. */
    List<RejectedRow> rejected(UUID batchId, int limit);
}
