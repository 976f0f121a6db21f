package io.interdict.screening.domain.redflags;

import java.util.List;
import java.util.Objects;

/**
 * One red flag raised on a transaction.
 *
 * @param ruleId      the rule that raised it ({@code DPRK-04})
 * @param severity    what it asks of the team
 * @param title       the rule's short name
 * @param explanation what was found, in a sentence an analyst can act on
 * @param evidence    the facts behind it (the goods line, the port, the list entry...)
 */
public record RedFlag(String ruleId, Severity severity, String title, String explanation, List<String> evidence) {

    public RedFlag {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(explanation, "explanation");
        evidence = List.copyOf(evidence);
    }
}
