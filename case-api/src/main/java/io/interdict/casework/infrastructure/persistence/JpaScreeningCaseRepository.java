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
import java.util.ArrayList;
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
        JpqlFilter filter = new JpqlFilter("select c from ScreeningCase c where 1 = 1");
        query.status().ifPresent(s -> filter.and("c.status = :status", "status", s));
        query.queue().ifPresent(q -> filter.and("c.queue = :queue", "queue", q.name()));
        query.assignee().ifPresent(a -> filter.and("c.assignee = :assignee", "assignee", a));
        query.priority().ifPresent(p -> filter.and("c.priority = :priority", "priority", p));
        // overdue is a triage deadline passed while the case is still in triage: a case escalated, decided or closed
        // is past its triage, whatever its SLA date says
        query.overdue().ifPresent(overdue -> filter.and(overdue ? "c.status = :inTriage and c.slaDueAt < :now"
                : "(c.status <> :inTriage or c.slaDueAt >= :now)", "now", query.now())
                .with("inTriage", CaseStatus.IN_TRIAGE));
        String order = switch (query.order()) {
            case PRIORITY -> "c.priority desc, c.createdAt asc, c.id asc";
            case NEWEST -> "c.createdAt desc, c.id desc";
            case OLDEST -> "c.createdAt asc, c.id asc";
            case SLA -> "c.slaDueAt asc, c.id asc";
        };
        List<ScreeningCase> rows = filter.page(em, ScreeningCase.class, order, query.page(), query.size(), 1);
        boolean hasMore = rows.size() > query.size();
        List<ScreeningCase> page = hasMore ? rows.subList(0, query.size()) : rows;
        return new CasePage(summaries(page), query.page(), query.size(), hasMore);
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
