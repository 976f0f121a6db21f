package io.interdict.casework.domain.model.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case as a queue lists it: enough to choose what to work on next.
 *
 * @param topList       the list of the best-scoring hit ({@code us-ofac-sdn}...); null for a case without alerts
 * @param topProgrammes that hit's programmes, sorted
 */
public record CaseSummary(UUID id, String partyName, String partyReference, CaseStatus status, Priority priority,
                          String queue, String assignee, Instant slaDueAt, boolean overdue, Instant createdAt,
                          int alertCount, double topScore, String topList, List<String> topProgrammes) {

    public CaseSummary {
        topProgrammes = topProgrammes == null ? List.of() : List.copyOf(topProgrammes);
    }
}
