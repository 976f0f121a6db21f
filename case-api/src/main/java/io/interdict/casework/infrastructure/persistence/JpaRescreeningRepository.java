package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.lists.ListVersionId;
import io.interdict.casework.domain.model.rescreening.Rescreening;
import io.interdict.casework.domain.model.rescreening.RescreeningId;
import io.interdict.casework.domain.model.rescreening.RescreeningItem;
import io.interdict.casework.domain.model.rescreening.RescreeningItemStatus;
import io.interdict.casework.domain.model.rescreening.RescreeningRepository;
import io.interdict.casework.domain.model.rescreening.RescreeningStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Re-screening runs and their items in the application database. */
@ApplicationScoped
public class JpaRescreeningRepository implements RescreeningRepository {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public void store(Rescreening rescreening) {
        em.persist(rescreening);
    }

    @Override
    public Optional<Rescreening> find(RescreeningId id) {
        return Optional.ofNullable(em.find(Rescreening.class, id.value()));
    }

    @Override
    public Optional<Rescreening> latestFor(ListVersionId version) {
        return em.createQuery("select r from Rescreening r where r.versionId = :version order by r.startedAt desc",
                        Rescreening.class)
                .setParameter("version", version.value()).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Rescreening> resumable() {
        return em.createQuery("select r from Rescreening r where r.status in :statuses order by r.startedAt",
                        Rescreening.class)
                .setParameter("statuses", List.of(RescreeningStatus.SCANNING, RescreeningStatus.SCREENING,
                        RescreeningStatus.FAILED))
                .getResultList();
    }

    @Override
    public Set<String> partyKeys(RescreeningId id) {
        return new HashSet<>(em.createQuery("select i.partyKey from RescreeningItem i where i.rescreeningId = :id",
                String.class).setParameter("id", id.value()).getResultList());
    }

    @Override
    public void add(RescreeningItem item) {
        em.persist(item);
    }

    @Override
    public Optional<RescreeningItem> item(UUID itemId) {
        return Optional.ofNullable(em.find(RescreeningItem.class, itemId));
    }

    @Override
    public List<PendingItem> pendingItemsAfter(RescreeningId id, int position, int limit) {
        return em.createQuery("select i.id, i.position from RescreeningItem i where i.rescreeningId = :id"
                        + " and i.status = :pending and i.position > :position order by i.position", Object[].class)
                .setParameter("id", id.value()).setParameter("pending", RescreeningItemStatus.PENDING)
                .setParameter("position", position).setMaxResults(limit).getResultList().stream()
                .map(row -> new PendingItem((UUID) row[0], (Integer) row[1])).toList();
    }

    @Override
    public long pendingItems(RescreeningId id) {
        return em.createQuery("select count(i) from RescreeningItem i where i.rescreeningId = :id"
                        + " and i.status = :pending", Long.class)
                .setParameter("id", id.value()).setParameter("pending", RescreeningItemStatus.PENDING)
                .getSingleResult();
    }

    @Override
    public long items(RescreeningId id) {
        return em.createQuery("select count(i) from RescreeningItem i where i.rescreeningId = :id", Long.class)
                .setParameter("id", id.value()).getSingleResult();
    }
}
