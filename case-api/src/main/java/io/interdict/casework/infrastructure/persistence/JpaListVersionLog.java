package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.lists.ListEntryChange;
import io.interdict.casework.domain.model.lists.ListVersionContent;
import io.interdict.casework.domain.model.lists.ListVersionId;
import io.interdict.casework.domain.model.lists.ListVersionLog;
import io.interdict.casework.domain.model.lists.ListVersionStatus;
import io.interdict.casework.domain.model.lists.StoredListVersion;
import io.interdict.screening.domain.model.ListSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The version log in the casework database; a version's files and entry changes in tables of their own. */
@ApplicationScoped
public class JpaListVersionLog implements ListVersionLog {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public void store(StoredListVersion version, byte[] zip, List<ListEntryChange> changes) {
        em.persist(version);
        em.persist(new ListVersionContent(version.id(), zip));
        changes.forEach(em::persist);
    }

    @Override
    public Optional<StoredListVersion> find(ListVersionId id) {
        return Optional.ofNullable(em.find(StoredListVersion.class, id.value()));
    }

    @Override
    public List<StoredListVersion> of(ListSource source) {
        return em.createQuery("select v from StoredListVersion v where v.source = :source"
                        + " order by v.receivedAt desc, v.id", StoredListVersion.class)
                .setParameter("source", source.key()).getResultList();
    }

    @Override
    public Optional<StoredListVersion> inForce(ListSource source) {
        return em.createQuery("select v from StoredListVersion v where v.source = :source and v.status = :status",
                        StoredListVersion.class)
                .setParameter("source", source.key()).setParameter("status", ListVersionStatus.IN_FORCE)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<StoredListVersion> withContent(ListSource source, String sha256) {
        return em.createQuery("select v from StoredListVersion v where v.source = :source and v.sha256 = :sha",
                        StoredListVersion.class)
                .setParameter("source", source.key()).setParameter("sha", sha256).getResultStream().findFirst();
    }

    @Override
    public byte[] zip(ListVersionId id) {
        return em.find(ListVersionContent.class, id.value()).zip();
    }

    @Override
    public List<ListEntryChange> changes(ListVersionId id) {
        return em.createQuery("select c from ListEntryChange c where c.versionId = :version"
                        + " order by c.kind, c.entryId", ListEntryChange.class)
                .setParameter("version", id.value()).getResultList();
    }
}
