package io.interdict.platform.environment;

import java.util.List;
import java.util.Optional;

/** Samples read from a server's {@code /metrics} answer (Prometheus' text format), as the tests look for them. */
public final class PrometheusText {

    private PrometheusText() {
    }

    /** The first sample of the metric whose labels hold every fragment given. */
    public static Optional<String> line(String text, String metric, String... labelFragments) {
        return text.lines().filter(l -> l.startsWith(metric + "{") || l.startsWith(metric + " "))
                .filter(l -> List.of(labelFragments).stream().allMatch(l::contains)).findFirst();
    }

    /** That sample's value; 0 when there is none yet (a counter appears at its first increment). */
    public static double value(String text, String metric, String... labelFragments) {
        return line(text, metric, labelFragments).map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .orElse(0.0);
    }
}
