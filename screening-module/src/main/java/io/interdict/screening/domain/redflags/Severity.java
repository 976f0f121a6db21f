package io.interdict.screening.domain.redflags;

/** What a red flag asks of the compliance team (research-anchors D.5). */
public enum Severity {
    /** Enrich the case or the score only. */
    LOW("enrich and score"),
    /** An analyst reviews the transaction. */
    MEDIUM("analyst review"),
    /** Hold the transaction and escalate for a manager's approval. */
    HIGH("hold and escalate");

    private final String action;

    Severity(String action) {
        this.action = action;
    }

    public String action() {
        return action;
    }
}
