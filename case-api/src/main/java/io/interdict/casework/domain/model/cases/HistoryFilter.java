package io.interdict.casework.domain.model.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What an auditor narrows a case search by, beyond the queue's filters: the list entry hit, when the case was
 * opened, and the decisions taken on it. Every part is optional.
 *
 * @param listEntry    only cases with an alert on this entry: its list's id ({@code 9345}), or {@code list:id}
 *                     ({@code us-ofac-sdn:9345})
 * @param openedFrom   only cases opened at or after this instant
 * @param openedBefore only cases opened before this instant
 * @param decision     only cases with a decision of this outcome ({@code FALSE_POSITIVE}, {@code ESCALATE},
 *                     {@code BLOCK}, {@code REJECT}, {@code RETURN})
 * @param decidedBy    only cases with a decision taken by this user
 */
public record HistoryFilter(Optional<String> listEntry, Optional<Instant> openedFrom, Optional<Instant> openedBefore,
                            Optional<String> decision, Optional<String> decidedBy) {

    private static final HistoryFilter NONE = new HistoryFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public HistoryFilter {
        listEntry = listEntry.map(String::strip).filter(text -> !text.isEmpty());
        decision = decision.map(String::strip).filter(text -> !text.isEmpty());
        decidedBy = decidedBy.map(String::strip).filter(text -> !text.isEmpty());
    }

    public static HistoryFilter none() {
        return NONE;
    }

    /**
     * The filter for cases opened on the days {@code from} to {@code to}, both included, as days in {@code zone}
     * (the institution's): what a person asking for "opened from ... to ..." means.
     */
    public static HistoryFilter openedOnDays(Optional<String> listEntry, Optional<LocalDate> from,
                                             Optional<LocalDate> to, ZoneId zone, Optional<String> decision,
                                             Optional<String> decidedBy) {
        return new HistoryFilter(listEntry, from.map(day -> day.atStartOfDay(zone).toInstant()),
                to.map(day -> day.plusDays(1).atStartOfDay(zone).toInstant()), decision, decidedBy);
    }

    /** The list's key of {@code list:id}, when the entry was given so. */
    public Optional<String> listSource() {
        return listEntry.filter(e -> e.contains(":")).map(e -> e.substring(0, e.indexOf(':')));
    }

    /** The entry's id within its list. */
    public Optional<String> listEntryId() {
        return listEntry.map(e -> e.contains(":") ? e.substring(e.indexOf(':') + 1) : e);
    }
}
