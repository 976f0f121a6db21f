package io.interdict.casework.domain.model.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Which cases a bulk export takes: those opened in a span of time, optionally only in some statuses. The span is
 * half-open ({@code openedFrom} included, {@code openedBefore} not), so that whole days in any time zone follow one
 * another without a case falling between them or into both. An empty span ({@code openedFrom} equal to
 * {@code openedBefore}) takes nothing.
 *
 * @param openedFrom   the earliest opening time taken
 * @param openedBefore the first opening time no longer taken
 * @param statuses     the statuses taken; empty for every status
 */
public record CaseSelection(Instant openedFrom, Instant openedBefore, Set<CaseStatus> statuses) {

    public CaseSelection {
        Objects.requireNonNull(openedFrom, "openedFrom");
        Objects.requireNonNull(openedBefore, "openedBefore");
        if (openedBefore.isBefore(openedFrom)) {
            throw new IllegalArgumentException("the span must not end before it begins");
        }
        statuses = Set.copyOf(statuses);
    }

    /** Whether this case is one of those selected (what the repository's query asks, for tests and checks). */
    public boolean takes(Instant openedAt, CaseStatus status) {
        return !openedAt.isBefore(openedFrom) && openedAt.isBefore(openedBefore)
                && (statuses.isEmpty() || statuses.contains(status));
    }
}
