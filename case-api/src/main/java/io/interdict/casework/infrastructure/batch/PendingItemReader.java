package io.interdict.casework.infrastructure.batch;

import io.interdict.casework.domain.model.batch.ScreeningBatchRepository;
import io.interdict.casework.domain.model.batch.ScreeningBatchRepository.PendingItem;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

/**
 * Reads the batch's items that are still PENDING, in position order, a page at a time. Because it reads the items'
 * state rather than a cursor over all of them, a job execution that takes over an interrupted batch picks up exactly
 * the items no committed chunk screened. The checkpoint (the last position read) spares re-reading within one
 * execution and on a JBeret restart.
 */
@Named("pendingItemReader")
@Dependent
public class PendingItemReader extends AbstractItemReader {

    private static final int PAGE = 200;

    @Inject
    @BatchProperty(name = ScreeningBatchJob.BATCH_ID)
    String batchId;

    @Inject
    ScreeningBatchRepository batches;

    private final Deque<PendingItem> page = new ArrayDeque<>();
    private int lastPosition = -1;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        if (checkpoint instanceof Integer position) {
            lastPosition = position;
        }
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(batches.pendingItemsAfter(UUID.fromString(batchId), lastPosition, PAGE));
            exhausted = page.size() < PAGE;
        }
        PendingItem next = page.poll();
        if (next == null) {
            return null;
        }
        lastPosition = next.position();
        return next.id();
    }

    @Override
    public Serializable checkpointInfo() {
        return lastPosition;
    }
}
