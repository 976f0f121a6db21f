package io.interdict.casework.domain.model.cases;

import java.time.Instant;
import java.util.UUID;

/** A case as a queue lists it: enough to choose what to work on next. */
public record CaseSummary(UUID id, String partyName, String partyReference, CaseStatus status, Priority priority,
                          String queue, String assignee, Instant slaDueAt, boolean overdue, Instant createdAt,
                          int alertCount, double topScore) {
}
