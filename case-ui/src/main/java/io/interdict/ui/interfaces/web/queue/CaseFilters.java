package io.interdict.ui.interfaces.web.queue;

import com.vaadin.flow.router.QueryParameters;
import io.interdict.casework.domain.model.cases.CaseQuery;
import io.interdict.casework.domain.model.cases.CaseStatus;
import io.interdict.casework.domain.model.cases.HistoryFilter;
import io.interdict.casework.domain.model.cases.Priority;
import io.interdict.casework.domain.model.cases.Queue;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The queue's filters as the address keeps them ({@code ?scope=mine&queue=dprk&status=any&sort=SLA...}). An address
 * without a status shows the cases in triage, the work waiting; {@code status=any} shows every status. A value that
 * does not read is left out rather than refused: an old bookmark still opens.
 *
 * @param scope    my cases (assigned to me) or the team's queue
 * @param status   empty for any status
 * @param assignee only cases held by this user (team scope)
 */
public record CaseFilters(Scope scope, Optional<Queue> queue, Optional<CaseStatus> status,
                          Optional<Priority> priority, Optional<Boolean> overdue, Optional<String> assignee,
                          Optional<String> party, CaseQuery.Order order) {

    /** Whose cases. */
    public enum Scope {
        MINE, TEAM
    }

    private static final String ANY = "any";

    public CaseFilters {
        assignee = assignee.map(String::strip).filter(a -> !a.isEmpty());
        party = party.map(String::strip).filter(p -> !p.isEmpty());
    }

    /** The team's cases in triage, most urgent first: the view a bare address opens. */
    public static CaseFilters defaults() {
        return new CaseFilters(Scope.TEAM, Optional.empty(), Optional.of(CaseStatus.IN_TRIAGE), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), CaseQuery.Order.PRIORITY);
    }

    public static CaseFilters of(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        Optional<String> status = first(values, "status");
        return new CaseFilters(
                first(values, "scope").flatMap(s -> named(Scope.class, s)).orElse(Scope.TEAM),
                first(values, "queue").filter(Queue::isName).map(Queue::new),
                status.isEmpty() ? Optional.of(CaseStatus.IN_TRIAGE)
                        : status.filter(s -> !s.equals(ANY)).flatMap(s -> named(CaseStatus.class, s)),
                first(values, "priority").flatMap(p -> named(Priority.class, p)),
                first(values, "overdue").filter(o -> o.equals("true") || o.equals("false")).map(Boolean::valueOf),
                first(values, "assignee"),
                first(values, "party"),
                first(values, "sort").flatMap(o -> named(CaseQuery.Order.class, o)).orElse(CaseQuery.Order.PRIORITY));
    }

    /** The address's query: only what differs from the defaults, so that a plain view keeps a plain address. */
    public QueryParameters toParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        if (scope == Scope.MINE) {
            values.put("scope", "mine");
        }
        queue.ifPresent(q -> values.put("queue", q.name()));
        if (!status.equals(Optional.of(CaseStatus.IN_TRIAGE))) {
            values.put("status", status.map(Enum::name).orElse(ANY));
        }
        priority.ifPresent(p -> values.put("priority", p.name()));
        overdue.ifPresent(o -> values.put("overdue", o.toString()));
        assignee.ifPresent(a -> values.put("assignee", a));
        party.ifPresent(p -> values.put("party", p));
        if (order != CaseQuery.Order.PRIORITY) {
            values.put("sort", order.name());
        }
        return QueryParameters.simple(values);
    }

    /** The case search for one page of the grid; "my cases" are those the user holds. */
    public CaseQuery query(String user, Instant now, int page, int size) {
        Optional<String> heldBy = scope == Scope.MINE ? Optional.of(user) : assignee;
        return new CaseQuery(status, queue, heldBy, priority, overdue, party, HistoryFilter.none(), now, order, page,
                size);
    }

    public CaseFilters withScope(Scope newScope) {
        return new CaseFilters(newScope, queue, status, priority, overdue, assignee, party, order);
    }

    public CaseFilters withQueue(Optional<Queue> newQueue) {
        return new CaseFilters(scope, newQueue, status, priority, overdue, assignee, party, order);
    }

    public CaseFilters withStatus(Optional<CaseStatus> newStatus) {
        return new CaseFilters(scope, queue, newStatus, priority, overdue, assignee, party, order);
    }

    public CaseFilters withPriority(Optional<Priority> newPriority) {
        return new CaseFilters(scope, queue, status, newPriority, overdue, assignee, party, order);
    }

    public CaseFilters withOverdue(Optional<Boolean> newOverdue) {
        return new CaseFilters(scope, queue, status, priority, newOverdue, assignee, party, order);
    }

    public CaseFilters withAssignee(Optional<String> newAssignee) {
        return new CaseFilters(scope, queue, status, priority, overdue, newAssignee, party, order);
    }

    public CaseFilters withParty(Optional<String> newParty) {
        return new CaseFilters(scope, queue, status, priority, overdue, assignee, newParty, order);
    }

    public CaseFilters withOrder(CaseQuery.Order newOrder) {
        return new CaseFilters(scope, queue, status, priority, overdue, assignee, party, newOrder);
    }

    private static Optional<String> first(Map<String, List<String>> values, String name) {
        return Optional.ofNullable(values.get(name)).flatMap(v -> v.stream().findFirst());
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(name.strip().toUpperCase(Locale.ROOT))).findFirst();
    }
}
