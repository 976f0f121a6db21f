package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.notification.ManagerNotification;
import io.interdict.casework.domain.model.notification.ManagerNotifications;
import io.interdict.casework.domain.model.notification.NotificationPage;
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
    public NotificationPage list(boolean open, int page, int size) {
        String where = open ? " where n.acknowledgedAt is null" : "";
        // one row more than the page tells whether a next page exists, without counting
        List<ManagerNotification> rows = em.createQuery("select n from ManagerNotification n" + where
                        + " order by n.createdAt desc, n.id", ManagerNotification.class)
                .setFirstResult(page * size).setMaxResults(size + 1).getResultList();
        boolean hasMore = rows.size() > size;
        return new NotificationPage(hasMore ? rows.subList(0, size) : rows, page, size, hasMore);
    }
}
