package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CasePage;
import io.interdict.casework.domain.model.cases.CaseQuery;
import io.interdict.casework.domain.model.cases.CaseStatus;
import io.interdict.casework.domain.model.cases.CaseSummary;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.cases.ScreeningCaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Screening cases in the application database. Case lists read one page plus one row (to know whether another page
 * follows) through the queue indexes, then the alert figures of just that page: no count over the whole table.
 */
@ApplicationScoped
public class JpaScreeningCaseRepository implements ScreeningCaseRepository {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public void store(ScreeningCase screeningCase) {
        if (em.contains(screeningCase)) {
            return;
        }
        em.persist(screeningCase);
    }

    @Override
    public Optional<ScreeningCase> find(CaseId id) {
        return Optional.ofNullable(em.find(ScreeningCase.class, id.value()));
    }

    @Override
    public CasePage search(CaseQuery query) {
        StringBuilder jpql = new StringBuilder("select c from ScreeningCase c where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        query.status().ifPresent(s -> condition(jpql, parameters, "c.status = :status", "status", s));
        query.queue().ifPresent(q -> condition(jpql, parameters, "c.queue = :queue", "queue", q.name()));
        query.assignee().ifPresent(a -> condition(jpql, parameters, "c.assignee = :assignee", "assignee", a));
        query.priority().ifPresent(p -> condition(jpql, parameters, "c.priority = :priority", "priority", p));
        query.overdue().ifPresent(overdue -> overdue(jpql, parameters, overdue, query.now()));
        jpql.append(switch (query.order()) {
            case PRIORITY -> " order by c.priority desc, c.createdAt asc, c.id asc";
            case NEWEST -> " order by c.createdAt desc, c.id desc";
            case OLDEST -> " order by c.createdAt asc, c.id asc";
            case SLA -> " order by c.slaDueAt asc, c.id asc";
        });
        TypedQuery<ScreeningCase> select = em.createQuery(jpql.toString(), ScreeningCase.class);
        parameters.forEach(select::setParameter);
        List<ScreeningCase> rows = select.setFirstResult(query.page() * query.size())
                .setMaxResults(query.size() + 1).getResultList();
        boolean hasMore = rows.size() > query.size();
        List<ScreeningCase> page = hasMore ? rows.subList(0, query.size()) : rows;
        return new CasePage(summaries(page), query.page(), query.size(), hasMore);
    }

    /**
     * Overdue is a triage deadline passed while the case is still in triage: a case escalated, decided or closed is
     * past its triage, whatever its SLA date says.
     */
    private static void overdue(StringBuilder jpql, Map<String, Object> parameters, boolean overdue, Instant now) {
        condition(jpql, parameters, overdue ? "c.status = :inTriage and c.slaDueAt < :now"
                : "(c.status <> :inTriage or c.slaDueAt >= :now)", "now", now);
        parameters.put("inTriage", CaseStatus.IN_TRIAGE);
    }

    private static void condition(StringBuilder jpql, Map<String, Object> parameters, String clause, String name,
                                  Object value) {
        jpql.append(" and ").append(clause);
        parameters.put(name, value);
    }

    private List<CaseSummary> summaries(List<ScreeningCase> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<UUID, Object[]> figures = new LinkedHashMap<>();
        em.createQuery("select a.screeningCase.id, count(a), max(a.score) from Alert a"
                        + " where a.screeningCase.id in :ids group by a.screeningCase.id", Object[].class)
                .setParameter("ids", cases.stream().map(c -> c.id().value()).toList())
                .getResultList().forEach(row -> figures.put((UUID) row[0], row));
        List<CaseSummary> summaries = new ArrayList<>();
        for (ScreeningCase c : cases) {
            Object[] f = figures.getOrDefault(c.id().value(), new Object[] {c.id().value(), 0L, 0.0});
            summaries.add(new CaseSummary(c.id().value(), c.party().name(), c.party().reference().orElse(null), c.status(),
                    c.priority(), c.queue().name(), c.assignee().orElse(null), c.slaDueAt(), c.isOverdue(), c.createdAt(),
                    ((Number) f[1]).intValue(), ((Number) f[2]).doubleValue()));
        }
        return summaries;
    }
}
