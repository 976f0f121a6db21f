package io.interdict.casework.domain.model.cases;

import java.time.Instant;
import java.util.Optional;

/**
 * What a case list asks for: filters, order and page. Every filter is optional.
 *
 * @param status   only cases with this status
 * @param queue    only cases in this queue
 * @param assignee only cases held by this user
 * @param priority only cases of this priority
 * @param overdue  only cases still in triage after their triage SLA (true), or only the others (false)
 * @param party    only cases whose screened party's name contains this text, in any case
 * @param history  the auditor's further filters: entry hit, opening dates, decisions
 * @param now      the time "overdue" is judged at
 * @param order    sort order
 * @param page     zero-based page number
 * @param size     cases per page (1-200)
 */
public record CaseQuery(Optional<CaseStatus> status, Optional<Queue> queue, Optional<String> assignee,
                        Optional<Priority> priority, Optional<Boolean> overdue, Optional<String> party,
                        HistoryFilter history, Instant now, Order order, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;

    /** The orders a case list can be sorted in. */
    public enum Order {
        /** Most urgent first, then oldest first: how a queue is worked. */
        PRIORITY,
        /** Newest first. */
        NEWEST,
        /** Oldest first. */
        OLDEST,
        /** Soonest SLA first. */
        SLA
    }

    public CaseQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        party = party.map(String::strip).filter(text -> !text.isEmpty());
    }
}
