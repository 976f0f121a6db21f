package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.cases.CaseCursor;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CasePage;
import io.interdict.casework.domain.model.cases.CaseQuery;
import io.interdict.casework.domain.model.cases.CaseSelection;
import io.interdict.casework.domain.model.cases.CaseStatus;
import io.interdict.casework.domain.model.cases.CaseSummary;
import io.interdict.casework.domain.model.cases.Queue;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.cases.ScreeningCaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
        query.party().ifPresent(text -> filter.and("lower(c.party.name) like :party escape '!'", "party",
                "%" + likeLiteral(text.toLowerCase(Locale.ROOT)) + "%"));
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

    @Override
    public List<CaseId> mostUrgentUnclaimed(Optional<Queue> queue, int limit) {
        JpqlFilter filter = new JpqlFilter("select c.id from ScreeningCase c where c.assignee is null")
                .and("c.status = :inTriage", "inTriage", CaseStatus.IN_TRIAGE);
        queue.ifPresent(q -> filter.and("c.queue = :queue", "queue", q.name()));
        return filter.page(em, UUID.class, "c.priority desc, c.createdAt asc, c.id asc", 0, limit, 0).stream()
                .map(CaseId::new).toList();
    }

    /** The text as a LIKE pattern matches it literally: its wildcards escaped with {@code !}. */
    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public long count(CaseSelection selection) {
        return filterOf(selection, "select count(c) from ScreeningCase c where 1 = 1").single(em, Long.class);
    }

    /**
     * Keyset paging through the index on {@code (created_at, id)} (or {@code (status, created_at, id)}): each page
     * begins after the last case of the one before, so the thousandth page costs what the first does.
     */
    @Override
    public List<ScreeningCase> selected(CaseSelection selection, Optional<CaseCursor> after, int size) {
        JpqlFilter filter = filterOf(selection, "select c from ScreeningCase c where 1 = 1");
        after.ifPresent(cursor -> filter.and("(c.createdAt > :afterOpened or (c.createdAt = :afterOpened"
                + " and c.id > :afterId))", "afterOpened", cursor.openedAt()).with("afterId", cursor.caseId().value()));
        return filter.page(em, ScreeningCase.class, "c.createdAt asc, c.id asc", 0, size, 0);
    }

    private static JpqlFilter filterOf(CaseSelection selection, String select) {
        JpqlFilter filter = new JpqlFilter(select)
                .and("c.createdAt >= :openedFrom", "openedFrom", selection.openedFrom())
                .and("c.createdAt < :openedBefore", "openedBefore", selection.openedBefore());
        if (!selection.statuses().isEmpty()) {
            filter.and("c.status in :statuses", "statuses", selection.statuses());
        }
        return filter;
    }

    /** The page's cases with their alert figures, read for just this page: count, best score, its list. */
    private List<CaseSummary> summaries(List<ScreeningCase> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Object[]>> alerts = new HashMap<>();
        em.createQuery("select a.screeningCase.id, a.score, a.entry.source, a.programmes from Alert a"
                        + " where a.screeningCase.id in :ids", Object[].class)
                .setParameter("ids", cases.stream().map(c -> c.id().value()).toList())
                .getResultList().forEach(row -> alerts.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(row));
        List<CaseSummary> summaries = new ArrayList<>();
        for (ScreeningCase c : cases) {
            List<Object[]> rows = alerts.getOrDefault(c.id().value(), List.of());
            Optional<Object[]> top = rows.stream().max(Comparator.comparingDouble(row -> ((Number) row[1]).doubleValue()));
            summaries.add(new CaseSummary(c.id().value(), c.party().name(), c.party().reference().orElse(null), c.status(),
                    c.priority(), c.queue().name(), c.assignee().orElse(null), c.slaDueAt(), c.isOverdue(), c.createdAt(),
                    rows.size(), top.map(row -> ((Number) row[1]).doubleValue()).orElse(0.0),
                    top.map(row -> (String) row[2]).orElse(null),
                    top.map(row -> (String) row[3]).filter(p -> !p.isEmpty()).map(p -> List.of(p.split(",")))
                            .orElse(List.of())));
        }
        return summaries;
    }
}
