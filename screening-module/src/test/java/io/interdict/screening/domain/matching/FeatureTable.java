package io.interdict.screening.domain.matching;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The feature table of {@code docs/screening.md}, rendered from {@link Feature}: the documentation states the weights
 * the code declares, not a copy of them that drifts.
 */
final class FeatureTable {

    static final String START = "<!-- feature-table:start (generated from Feature by FeatureTableTest; do not edit) -->";
    static final String END = "<!-- feature-table:end -->";

    private FeatureTable() {
    }

    /** The Markdown table, one row per feature in the engine's order. */
    static String markdown() {
        Stream<String> header = Stream.of("| feature | default weight | role | what it measures |", "|---|---|---|---|");
        Stream<String> rows = Stream.of(Feature.values()).map(FeatureTable::row);
        return Stream.concat(header, rows).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String row(Feature f) {
        String name = "`" + f.key() + "`" + (f.reason().equals(f.key()) ? "" : " (reads `" + f.reason() + "`)");
        String role = f.isQualifier() ? "qualifier" : "scores";
        return "| " + name + " | " + Decimals.signed(f.defaultWeight(), 2) + " | " + role + " | " + f.meaning() + " |";
    }

    /** {@code document} with the text between the markers replaced by {@link #markdown()}. */
    static String writtenInto(String document) {
        int start = document.indexOf(START);
        int end = document.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("no " + START + " ... " + END + " markers");
        }
        return document.substring(0, start + START.length()) + "\n" + markdown() + document.substring(end);
    }
}
