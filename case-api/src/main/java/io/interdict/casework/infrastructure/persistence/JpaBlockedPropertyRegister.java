package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.blocking.BlockedProperty;
import io.interdict.casework.domain.model.blocking.BlockedPropertyRegister;
import io.interdict.casework.domain.model.cases.CaseId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The register of blocked property in the casework database. */
@ApplicationScoped
public class JpaBlockedPropertyRegister implements BlockedPropertyRegister {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public void add(BlockedProperty property) {
        em.persist(property);
    }

    @Override
    public Optional<BlockedProperty> find(UUID id) {
        return Optional.ofNullable(em.find(BlockedProperty.class, id));
    }

    @Override
    public List<BlockedProperty> ofCase(CaseId caseId) {
        return em.createQuery("select p from BlockedProperty p where p.caseId = :case order by p.recordedAt, p.id",
                BlockedProperty.class).setParameter("case", caseId.value()).getResultList();
    }

    @Override
    public List<BlockedProperty> heldOn(LocalDate day) {
        return em.createQuery("select p from BlockedProperty p where p.blockedOn <= :day and (p.unblockedOn is null"
                + " or p.unblockedOn > :day) order by p.blockedOn, p.recordedAt, p.id", BlockedProperty.class)
                .setParameter("day", day).getResultList();
    }

    @Override
    public List<BlockedProperty> search(RegisterQuery query) {
        JpqlFilter filter = new JpqlFilter("select p from BlockedProperty p where 1 = 1");
        query.status().ifPresent(s -> filter.and("p.status = :status", "status", s));
        query.from().ifPresent(d -> filter.and("p.blockedOn >= :from", "from", d));
        query.to().ifPresent(d -> filter.and("p.blockedOn <= :to", "to", d));
        // programmes are kept comma-separated per target: match the whole tag between separators
        query.programme().ifPresent(programme -> filter.and("exists (select t from BlockedProperty q join q.targets t"
                + " where q = p and concat(',', t.programmes, ',') like :programme)", "programme",
                "%," + programme + ",%"));
        return filter.page(em, BlockedProperty.class, "p.blockedOn desc, p.id", query.page(), query.size(), 0);
    }
}
