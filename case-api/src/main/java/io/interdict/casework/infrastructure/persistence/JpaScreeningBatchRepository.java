package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.batch.BatchItem;
import io.interdict.casework.domain.model.batch.BatchItemStatus;
import io.interdict.casework.domain.model.batch.BatchStatus;
import io.interdict.casework.domain.model.batch.RejectedRow;
import io.interdict.casework.domain.model.batch.ScreeningBatch;
import io.interdict.casework.domain.model.batch.ScreeningBatchRepository;
import io.interdict.casework.domain.model.batch.ScreeningBatchRepository.PendingItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Batches in the application database. */
@ApplicationScoped
public class JpaScreeningBatchRepository implements ScreeningBatchRepository {

    /** Persisted and flushed in slices, so a 100,000-row batch never holds every item in the persistence context. */
    private static final int FLUSH_EVERY = 500;

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public void store(ScreeningBatch batch, List<BatchItem> items, List<RejectedRow> rejected) {
        em.persist(batch);
        em.flush();
        persistInSlices(items);
        persistInSlices(rejected);
    }

    private void persistInSlices(List<?> rows) {
        for (int i = 0; i < rows.size(); i++) {
            em.persist(rows.get(i));
            if ((i + 1) % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
    }

    @Override
    public Optional<ScreeningBatch> byId(UUID id) {
        return Optional.ofNullable(em.find(ScreeningBatch.class, id));
    }

    @Override
    public List<ScreeningBatch> unfinished() {
        return em.createQuery("select b from ScreeningBatch b where b.status in :statuses order by b.submittedAt",
                        ScreeningBatch.class)
                .setParameter("statuses", List.of(BatchStatus.QUEUED, BatchStatus.RUNNING, BatchStatus.FAILED)).getResultList();
    }

    @Override
    public List<PendingItem> pendingItemsAfter(UUID batchId, int position, int limit) {
        return em.createQuery("select i.id, i.position from BatchItem i where i.batchId = :batch"
                        + " and i.status = :pending and i.position > :position order by i.position", Object[].class)
                .setParameter("batch", batchId).setParameter("pending", BatchItemStatus.PENDING)
                .setParameter("position", position).setMaxResults(limit).getResultStream()
                .map(row -> new PendingItem((UUID) row[0], (Integer) row[1])).toList();
    }

    @Override
    public long pendingItems(UUID batchId) {
        return em.createQuery("select count(i) from BatchItem i where i.batchId = :batch and i.status = :pending",
                        Long.class)
                .setParameter("batch", batchId).setParameter("pending", BatchItemStatus.PENDING).getSingleResult();
    }

    @Override
    public Optional<BatchItem> item(UUID itemId) {
        return Optional.ofNullable(em.find(BatchItem.class, itemId));
    }

    @Override
    public List<BatchItem> items(UUID batchId, int offset, int limit) {
        return em.createQuery("select i from BatchItem i where i.batchId = :batch order by i.position",
                        BatchItem.class)
                .setParameter("batch", batchId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<RejectedRow> rejected(UUID batchId, int limit) {
        return em.createQuery("select r from RejectedRow r where r.batchId = :batch order by r.position",
                        RejectedRow.class)
                .setParameter("batch", batchId).setMaxResults(limit).getResultList();
    }
}
