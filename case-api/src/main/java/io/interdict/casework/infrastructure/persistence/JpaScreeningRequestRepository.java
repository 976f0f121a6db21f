package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.screening.ScreeningRequest;
import io.interdict.casework.domain.model.screening.ScreeningRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

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
}
