package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.notification.ManagerNotification;
import io.interdict.casework.domain.model.notification.ManagerNotifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The managers' inbox in the application database. */
@ApplicationScoped
public class JpaManagerNotifications implements ManagerNotifications {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public void add(ManagerNotification notification) {
        em.persist(notification);
    }

    @Override
    public Optional<ManagerNotification> find(UUID id) {
        return Optional.ofNullable(em.find(ManagerNotification.class, id));
    }

    @Override
    public List<ManagerNotification> list(boolean open, int page, int size) {
        String where = open ? " where n.acknowledgedAt is null" : "";
        return em.createQuery("select n from ManagerNotification n" + where + " order by n.createdAt desc, n.id",
                        ManagerNotification.class)
                .setFirstResult(page * size).setMaxResults(size + 1).getResultList();
    }
}
