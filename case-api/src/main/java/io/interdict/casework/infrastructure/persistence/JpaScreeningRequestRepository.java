package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.screening.ScreeningRequest;
import io.interdict.casework.domain.model.screening.ScreeningRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import io.interdict.casework.domain.model.screening.ScreenedParty;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Screenings in the application database. */
@ApplicationScoped
public class JpaScreeningRequestRepository implements ScreeningRequestRepository {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public void store(ScreeningRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<ScreeningRequest> byIdempotencyKey(String requestedBy, String idempotencyKey) {
        return em.createQuery("select r from ScreeningRequest r where r.requestedBy = :by"
                        + " and r.idempotencyKey = :key", ScreeningRequest.class)
                .setParameter("by", requestedBy).setParameter("key", idempotencyKey)
                .getResultStream().findFirst();
    }

    @Override
    public List<StoredParty> partiesAfter(Optional<UUID> after, int limit) {
        // the primary key's index in order: each page is a range read, however deep
        TypedQuery<Object[]> query = em.createQuery("select r.id, r.party from ScreeningRequest r"
                + (after.isPresent() ? " where r.id > :after" : "") + " order by r.id", Object[].class);
        after.ifPresent(id -> query.setParameter("after", id));
        return query.setMaxResults(limit).getResultList().stream()
                .map(row -> new StoredParty((UUID) row[0], (ScreenedParty) row[1])).toList();
    }
}
