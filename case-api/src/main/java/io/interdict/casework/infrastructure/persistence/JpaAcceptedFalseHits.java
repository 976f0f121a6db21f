package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.suppression.AcceptedFalseHit;
import io.interdict.casework.domain.model.suppression.AcceptedFalseHits;
import io.interdict.casework.domain.model.suppression.SuppressionKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The register of accepted false hits in the application database. */
@ApplicationScoped
public class JpaAcceptedFalseHits implements AcceptedFalseHits {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public void accept(AcceptedFalseHit hit) {
        if (!isAccepted(hit.key())) {
            em.persist(hit);
        }
    }

    private boolean isAccepted(SuppressionKey key) {
        return !em.createQuery("select h.id from AcceptedFalseHit h where h.partyReference = :ref"
                        + " and h.partyFingerprint = :party and h.listEntryKey = :entry"
                        + " and h.entryFingerprint = :entryVersion", Object.class)
                .setParameter("ref", key.partyReference()).setParameter("party", key.partyFingerprint())
                .setParameter("entry", key.listEntryKey()).setParameter("entryVersion", key.entryFingerprint())
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Set<SuppressionKey> acceptedFor(String partyReference, String partyFingerprint) {
        return em.createQuery("select h from AcceptedFalseHit h where h.partyReference = :ref"
                        + " and h.partyFingerprint = :party", AcceptedFalseHit.class)
                .setParameter("ref", partyReference).setParameter("party", partyFingerprint)
                // a list, not a stream: Hibernate 6 translates a scrolled query anew at every call (JFR: 4 % of a hit)
                .getResultList().stream().map(AcceptedFalseHit::key).collect(Collectors.toSet());
    }

    @Override
    public List<AcceptedFalseHit> newest(int page, int size) {
        return em.createQuery("select h from AcceptedFalseHit h order by h.acceptedAt desc, h.id", AcceptedFalseHit.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }
}
