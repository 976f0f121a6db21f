package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.reporting.OfacReport;
import io.interdict.casework.domain.model.reporting.OfacReports;
import io.interdict.casework.domain.model.reporting.ReportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The reports owed to OFAC, in the casework database. */
@ApplicationScoped
public class JpaOfacReports implements OfacReports {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public void add(OfacReport report) {
        em.persist(report);
    }

    @Override
    public Optional<OfacReport> find(UUID id) {
        return Optional.ofNullable(em.find(OfacReport.class, id));
    }

    @Override
    public List<OfacReport> ofCase(CaseId caseId) {
        return em.createQuery("select r from OfacReport r where r.caseId = :case order by r.openedAt, r.id",
                OfacReport.class).setParameter("case", caseId.value()).getResultList();
    }

    @Override
    public List<OfacReport> search(ReportQuery query) {
        StringBuilder jpql = new StringBuilder("select r from OfacReport r where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        query.caseId().ifPresent(c -> condition(jpql, parameters, "r.caseId = :case", "case", c.value()));
        query.type().ifPresent(t -> condition(jpql, parameters, "r.type = :type", "type", t));
        query.status().ifPresent(s -> condition(jpql, parameters, "r.status = :status", "status", s));
        query.overdue().ifPresent(overdue -> {
            condition(jpql, parameters, overdue ? "r.status <> :filed and r.dueDate < :today"
                    : "(r.status = :filed or r.dueDate >= :today)", "today", query.today());
            parameters.put("filed", ReportStatus.FILED);
        });
        jpql.append(" order by r.dueDate, r.openedAt, r.id");
        TypedQuery<OfacReport> select = em.createQuery(jpql.toString(), OfacReport.class);
        parameters.forEach(select::setParameter);
        return select.setFirstResult(query.page() * query.size()).setMaxResults(query.size()).getResultList();
    }

    private static void condition(StringBuilder jpql, Map<String, Object> parameters, String clause, String name,
                                  Object value) {
        jpql.append(" and ").append(clause);
        parameters.put(name, value);
    }
}
