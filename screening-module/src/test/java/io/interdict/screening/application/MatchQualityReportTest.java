package io.interdict.screening.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks the metric against values worked out by hand, the way score.py defines them. */
class MatchQualityReportTest {

    private final List<MatchQualityReport.Truth> truth = List.of(
            new MatchQualityReport.Truth("p1", true, Set.of("un-sc:A"), "exact"),
            new MatchQualityReport.Truth("p2", true, Set.of("un-sc:B"), "typo1"),
            new MatchQualityReport.Truth("p3", true, Set.of("un-sc:C"), "typo1"),
            new MatchQualityReport.Truth("n1", false, Set.of(), "neg_person"),
            new MatchQualityReport.Truth("n2", false, Set.of(), "neg_person"));

    @Test
    void recallIsTakenAtTheLowestThresholdThatKeepsAlertsWithinOnePercent() {
        List<MatchQualityReport.Row> rows = List.of(
                new MatchQualityReport.Row("p1", "un-sc:A", 0.99),
                new MatchQualityReport.Row("p2", "un-sc:X", 0.95),   // wrong entry ranked first
                new MatchQualityReport.Row("p2", "un-sc:B", 0.90),
                new MatchQualityReport.Row("p3", "un-sc:C", 0.70),
                new MatchQualityReport.Row("n1", "un-sc:Q", 0.80));
        MatchQualityReport report = new MatchQualityReport(truth, rows);
        // alerts must be 0 of 2 negatives: the lowest threshold above 0.80 is 0.90 -> p1 and p2 found
        assertThat(report.thresholdAt(0.01)).isEqualTo(0.90);
        assertThat(report.recallAtOnePercentAlert()).isEqualTo(2.0 / 3);
        assertThat(report.topOneAccuracy()).isEqualTo(2.0 / 3);
        assertThat(report.recallByTransform()).containsEntry("exact", 1.0).containsEntry("typo1", 0.5);
        assertThat(report.alertRateByKind()).containsEntry("neg_person", 0.0);
        // at 50 % alerts the 0.80 threshold is allowed... and 0.70 too (one negative of two alerts at both)
        assertThat(report.thresholdAt(0.5)).isEqualTo(0.70);
        assertThat(report.recall(0.70)).isEqualTo(1.0);
    }

    @Test
    void onlyTheTopTenRowsOfAQueryCount() {
        List<MatchQualityReport.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(new MatchQualityReport.Row("p1", "un-sc:W" + i, 0.9));
        }
        rows.add(new MatchQualityReport.Row("p1", "un-sc:A", 0.9)); // eleventh on a tie: file order keeps it out
        MatchQualityReport report = new MatchQualityReport(truth, rows);
        assertThat(report.recall(0.0)).isZero();
    }
}
