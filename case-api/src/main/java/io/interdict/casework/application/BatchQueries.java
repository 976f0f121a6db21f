package io.interdict.casework.application;

import io.interdict.casework.domain.model.batch.BatchItem;
import io.interdict.casework.domain.model.batch.RejectedRow;
import io.interdict.casework.domain.model.batch.ScreeningBatch;
import io.interdict.casework.domain.model.batch.ScreeningBatchRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Reads a batch's progress and one page of its results. */
@ApplicationScoped
public class BatchQueries {

    /** Rejected rows listed with the progress; the count covers them all. */
    public static final int REJECTED_LISTED = 1000;

    @Inject
    ScreeningBatchRepository batches;

    /** The batch, one page of its items in position order, and its rejected rows. */
    public record BatchReport(ScreeningBatch batch, List<BatchItem> items, boolean hasMore, List<RejectedRow> rejected) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BatchReport report(UUID batchId, int page, int size) {
        ScreeningBatch batch = batches.byId(batchId).orElseThrow(() -> new BatchNotFound(batchId));
        // one more than the page holds tells whether another page follows, without a count
        List<BatchItem> items = batches.items(batchId, page * size, size + 1);
        boolean hasMore = items.size() > size;
        return new BatchReport(batch, hasMore ? items.subList(0, size) : items, hasMore,
                batches.rejected(batchId, REJECTED_LISTED));
    }
}
