package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.ownership.OwnershipLoad;
import io.interdict.casework.domain.model.ownership.OwnershipRepository;
import io.interdict.casework.domain.model.ownership.StoredOwnershipLink;
import io.interdict.screening.domain.ownership.OwnershipLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The loads of ownership data in the application database. */
@ApplicationScoped
public class JpaOwnershipRepository implements OwnershipRepository {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public void store(OwnershipLoad load, List<OwnershipLink> links) {
        em.persist(load);
        links.forEach(link -> em.persist(new StoredOwnershipLink(load.id(), link)));
    }

    @Override
    public Optional<OwnershipLoad> latest() {
        return em.createQuery("select l from OwnershipLoad l order by l.loadedAt desc, l.id", OwnershipLoad.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<OwnershipLink> linksOf(OwnershipLoad load) {
        return em.createQuery("select l from StoredOwnershipLink l where l.loadId = :load", StoredOwnershipLink.class)
                .setParameter("load", load.id()).getResultStream().map(StoredOwnershipLink::link).toList();
    }
}
