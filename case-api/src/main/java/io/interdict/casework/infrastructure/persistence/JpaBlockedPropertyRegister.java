package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.blocking.BlockedProperty;
import io.interdict.casework.domain.model.blocking.BlockedPropertyRegister;
import io.interdict.casework.domain.model.cases.CaseId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    public List<BlockedProperty> search(RegisterQuery query) {
        StringBuilder jpql = new StringBuilder("select p from BlockedProperty p where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        query.status().ifPresent(s -> condition(jpql, parameters, "p.status = :status", "status", s));
        query.from().ifPresent(d -> condition(jpql, parameters, "p.blockedOn >= :from", "from", d));
        query.to().ifPresent(d -> condition(jpql, parameters, "p.blockedOn <= :to", "to", d));
        // programmes are kept comma-separated per target: match the whole tag between separators
        query.programme().ifPresent(programme -> condition(jpql, parameters, "exists (select t from"
                + " BlockedProperty q join q.targets t where q = p and concat(',', t.programmes, ',') like :programme)",
                "programme", "%," + programme + ",%"));
        jpql.append(" order by p.blockedOn desc, p.id");
        TypedQuery<BlockedProperty> select = em.createQuery(jpql.toString(), BlockedProperty.class);
        parameters.forEach(select::setParameter);
        return select.setFirstResult(query.page() * query.size()).setMaxResults(query.size()).getResultList();
    }

    private static void condition(StringBuilder jpql, Map<String, Object> parameters, String clause, String name,
                                  Object value) {
        jpql.append(" and ").append(clause);
        parameters.put(name, value);
    }
}
