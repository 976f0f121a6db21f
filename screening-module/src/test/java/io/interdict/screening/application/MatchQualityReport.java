package io.interdict.screening.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The match-quality metrics of {@code shared/eval/score.py}, computed the same way in Java: recall at the lowest
 * threshold whose alert rate on negatives is within 1 %, top-1 accuracy, recall per transform. Rows are ranked per
 * query by score, file order breaking ties; recall counts an expected key within a query's top 10 rows.
 */
final class MatchQualityReport {

    static final int TOP_K = 10;

    /** One query of the truth file. */
    record Truth(String id, boolean positive, Set<String> expected, String transform) {
    }

    /** One output row, in file order. */
    record Row(String id, String key, double score) {
    }

    private final Map<String, Double> positiveBest = new LinkedHashMap<>();
    private final Map<String, Double> negativeMax = new LinkedHashMap<>();
    private final Map<String, Boolean> top1 = new HashMap<>();
    private final Map<String, String> transform = new HashMap<>();
    private final TreeSet<Double> thresholds = new TreeSet<>();

    MatchQualityReport(List<Truth> truth, List<Row> rows) {
        Map<String, List<Row>> byId = new HashMap<>();
        for (Row r : rows) {
            byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
            thresholds.add(r.score());
        }
        for (Truth t : truth) {
            List<Row> ranked = new ArrayList<>(byId.getOrDefault(t.id(), List.of()));
            // stable sort: equal scores keep file order, like score.py's (-score, order) key
            ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
            transform.put(t.id(), t.transform());
            if (t.positive()) {
                Double best = null;
                for (Row r : ranked.subList(0, Math.min(TOP_K, ranked.size()))) {
                    if (t.expected().contains(r.key()) && (best == null || r.score() > best)) {
                        best = r.score();
                    }
                }
                positiveBest.put(t.id(), best);
                top1.put(t.id(), !ranked.isEmpty() && t.expected().contains(ranked.get(0).key()));
            } else {
                negativeMax.put(t.id(), ranked.isEmpty() ? null : ranked.get(0).score());
            }
        }
    }

    double recall(double threshold) {
        return share(positiveBest.values(), threshold);
    }

    double alertRate(double threshold) {
        return share(negativeMax.values(), threshold);
    }

    private static double share(java.util.Collection<Double> values, double threshold) {
        if (values.isEmpty()) {
            return 0.0;
        }
        long n = values.stream().filter(v -> v != null && v >= threshold).count();
        return (double) n / values.size();
    }

    /** The lowest threshold whose alert rate is within {@code maxAlert} (it gives the highest recall). */
    double thresholdAt(double maxAlert) {
        for (double t : thresholds) {
            if (alertRate(t) <= maxAlert + 1e-12) {
                return t;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    double recallAtOnePercentAlert() {
        double t = thresholdAt(0.01);
        return Double.isInfinite(t) ? 0.0 : recall(t);
    }

    double topOneAccuracy() {
        return top1.isEmpty() ? 0.0 : (double) top1.values().stream().filter(b -> b).count() / top1.size();
    }

    /** Recall per transform at the 1 % threshold. */
    Map<String, Double> recallByTransform() {
        double t = thresholdAt(0.01);
        Map<String, List<String>> ids = new TreeMap<>();
        positiveBest.keySet().forEach(id -> ids.computeIfAbsent(transform.get(id), k -> new ArrayList<>()).add(id));
        Map<String, Double> out = new TreeMap<>();
        ids.forEach((tf, list) -> out.put(tf, (double) list.stream()
                .filter(id -> positiveBest.get(id) != null && positiveBest.get(id) >= t).count() / list.size()));
        return Collections.unmodifiableMap(out);
    }

    /** Alert rate per negative kind at the 1 % threshold. */
    Map<String, Double> alertRateByKind() {
        double t = thresholdAt(0.01);
        Map<String, List<String>> ids = new TreeMap<>();
        negativeMax.keySet().forEach(id -> ids.computeIfAbsent(transform.get(id), k -> new ArrayList<>()).add(id));
        Map<String, Double> out = new TreeMap<>();
        ids.forEach((tf, list) -> out.put(tf, (double) list.stream()
                .filter(id -> negativeMax.get(id) != null && negativeMax.get(id) >= t).count() / list.size()));
        return Collections.unmodifiableMap(out);
    }
}
