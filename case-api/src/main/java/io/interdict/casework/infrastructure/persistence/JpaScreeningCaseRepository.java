package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.cases.CaseCursor;
import io.interdict.casework.domain.model.cases.CaseFigures;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CasePage;
import io.interdict.casework.domain.model.cases.CaseQuery;
import io.interdict.casework.domain.model.cases.CaseSelection;
import io.interdict.casework.domain.model.cases.CaseStatus;
import io.interdict.casework.domain.model.cases.CaseSummary;
import io.interdict.casework.domain.model.cases.HistoryFilter;
import io.interdict.casework.domain.model.cases.Queue;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.cases.ScreeningCaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
        JpqlFilter filter = new JpqlFilter("select c.id from ScreeningCase c where 1 = 1");
        query.status().ifPresent(s -> filter.and("c.status = :status", "status", s));
        query.queue().ifPresent(q -> filter.and("c.queue = :queue", "queue", q.name()));
        query.assignee().ifPresent(a -> filter.and("c.assignee = :assignee", "assignee", a));
        query.priority().ifPresent(p -> filter.and("c.priority = :priority", "priority", p));
        query.party().ifPresent(text -> filter.and("lower(c.party.name) like :party escape '!'", "party",
                "%" + likeLiteral(text.toLowerCase(Locale.ROOT)) + "%"));
        history(filter, query.history());
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
        // the page's ids first, then their rows: an offset deep into the queue then walks the index only, not the
        // table (an index-only scan in PostgreSQL), and only the page's rows are read
        List<UUID> ids = filter.page(em, UUID.class, order, query.page(), query.size(), 1);
        boolean hasMore = ids.size() > query.size();
        List<UUID> page = hasMore ? ids.subList(0, query.size()) : ids;
        return new CasePage(summaries(casesIn(page)), query.page(), query.size(), hasMore);
    }

    /** The cases of these ids, in the order of the ids. */
    private List<ScreeningCase> casesIn(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, ScreeningCase> byId = new HashMap<>();
        em.createQuery("select c from ScreeningCase c where c.id in :ids", ScreeningCase.class)
                .setParameter("ids", ids).getResultList().forEach(c -> byId.put(c.id().value(), c));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The auditor's filters: subqueries on the case's alerts and decisions, each through its case id index. */
    private static void history(JpqlFilter filter, HistoryFilter history) {
        history.listEntryId().ifPresent(id -> filter.and("exists (select a.id from Alert a where a.screeningCase = c"
                + " and a.entry.entryId = :entryId" + (history.listSource().isPresent()
                ? " and a.entry.source = :entrySource)" : ")"), "entryId", id));
        history.listSource().ifPresent(source -> filter.with("entrySource", source));
        history.openedFrom().ifPresent(from -> filter.and("c.createdAt >= :historyFrom", "historyFrom", from));
        history.openedBefore().ifPresent(before -> filter.and("c.createdAt < :historyBefore", "historyBefore",
                before));
        if (history.decision().isPresent() || history.decidedBy().isPresent()) {
            StringBuilder decided = new StringBuilder("exists (select d.id from Decision d where d.screeningCase = c");
            history.decision().ifPresent(o -> decided.append(" and d.outcome = :decision"));
            history.decidedBy().ifPresent(a -> decided.append(" and d.actor = :decidedBy"));
            filter.and(decided.append(")").toString());
            history.decision().ifPresent(o -> filter.with("decision", o));
            history.decidedBy().ifPresent(a -> filter.with("decidedBy", a));
        }
    }

    @Override
    public List<CaseId> mostUrgentUnclaimed(Optional<Queue> queue, int limit) {
        JpqlFilter filter = new JpqlFilter("select c.id from ScreeningCase c where c.assignee is null")
                .and("c.status = :inTriage", "inTriage", CaseStatus.IN_TRIAGE);
        queue.ifPresent(q -> filter.and("c.queue = :queue", "queue", q.name()));
        return filter.page(em, UUID.class, "c.priority desc, c.createdAt asc, c.id asc", 0, limit, 0).stream()
                .map(CaseId::new).toList();
    }

    @Override
    public List<CaseId> openWithAlertOn(String listKey, Collection<String> entryIds) {
        if (entryIds.isEmpty()) {
            return List.of();
        }
        List<CaseId> found = new ArrayList<>();
        // a few hundred ids a query: an IN list stays well within what a database plans
        List<String> ids = List.copyOf(entryIds);
        for (int from = 0; from < ids.size(); from += 500) {
            em.createQuery("select distinct c.id from ScreeningCase c join c.alerts a where c.status in :open"
                            + " and a.entry.source = :list and a.entry.entryId in :ids", UUID.class)
                    .setParameter("open", List.of(CaseStatus.IN_TRIAGE, CaseStatus.ESCALATED))
                    .setParameter("list", listKey)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .getResultList().forEach(id -> found.add(new CaseId(id)));
        }
        return found;
    }

    /** The text as a LIKE pattern matches it literally: its wildcards escaped with {@code !}. */
    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public CaseFigures figures(Instant now, Instant hitsSince) {
        List<CaseFigures.QueueAges> open = em.createQuery("select c.queue,"
                        + " sum(case when c.createdAt >= :oneDay then 1 else 0 end),"
                        + " sum(case when c.createdAt < :oneDay and c.createdAt >= :threeDays then 1 else 0 end),"
                        + " sum(case when c.createdAt < :threeDays and c.createdAt >= :sevenDays then 1 else 0 end),"
                        + " sum(case when c.createdAt < :sevenDays then 1 else 0 end)"
                        + " from ScreeningCase c where c.status in :open group by c.queue order by c.queue", Object[].class)
                .setParameter("oneDay", now.minus(Duration.ofDays(1)))
                .setParameter("threeDays", now.minus(Duration.ofDays(3)))
                .setParameter("sevenDays", now.minus(Duration.ofDays(7)))
                .setParameter("open", List.of(CaseStatus.IN_TRIAGE, CaseStatus.ESCALATED))
                .getResultList().stream().map(row -> new CaseFigures.QueueAges((String) row[0], count(row[1]),
                        count(row[2]), count(row[3]), count(row[4]))).toList();
        long breaches = em.createQuery("select count(c) from ScreeningCase c where c.status = :inTriage"
                        + " and c.slaDueAt < :now", Long.class)
                .setParameter("inTriage", CaseStatus.IN_TRIAGE).setParameter("now", now).getSingleResult();
        List<CaseFigures.ListOutcomes> outcomes = em.createQuery("select a.entry.source, count(distinct c.id),"
                        + " count(distinct case when c.status = :falsePositive then c.id end)"
                        + " from Alert a join a.screeningCase c where c.status not in :open"
                        + " group by a.entry.source order by a.entry.source", Object[].class)
                .setParameter("falsePositive", CaseStatus.CLOSED_FALSE_POSITIVE)
                .setParameter("open", List.of(CaseStatus.IN_TRIAGE, CaseStatus.ESCALATED))
                .getResultList().stream().map(row -> new CaseFigures.ListOutcomes((String) row[0], count(row[1]),
                        count(row[2]))).toList();
        List<CaseFigures.DayCount> hits = em.createQuery("select extract(date from c.createdAt), count(a)"
                        + " from Alert a join a.screeningCase c where c.createdAt >= :since"
                        + " group by extract(date from c.createdAt) order by 1", Object[].class)
                .setParameter("since", hitsSince)
                .getResultList().stream().map(row -> new CaseFigures.DayCount(day(row[0]), count(row[1]))).toList();
        return new CaseFigures(open, breaches, outcomes, hits);
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
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
