package io.interdict.casework.interfaces.observability;

import io.interdict.casework.application.PartyScreening;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Counts and times the screenings the API answers, per channel (a party, a trade transaction, a payment message):
 * <ul>
 *   <li>{@code interdict_screenings_total} by outcome: {@code clear}, {@code hit}, {@code replayed} (an idempotent
 *       repeat) or {@code refused} (answered with an error). The hit rate is {@code hit} over {@code clear + hit};</li>
 *   <li>{@code interdict_screening_seconds} (count, sum, max) and {@code interdict_screening_latency_total}, a
 *       histogram by upper bound {@code le} in seconds from which Prometheus' {@code histogram_quantile} gives the
 *       p99 over every node.</li>
 * </ul>
 * Registered through the registry's own methods, never its builders: WildFly 39's registry for applications keeps
 * what a builder registers to itself, and Prometheus never sees it; for the same reason the timer cannot publish a
 * histogram of its own, hence the bucket counters.
 */
@ApplicationScoped
public class ScreeningMeters {

    /** Upper bounds of the latency buckets, in milliseconds: from a warm clear screening to a slow hit. */
    private static final long[] BOUNDS_MILLIS = {2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000};

    /** Where a screening came in. */
    public enum Channel {
        PARTY, TRADE, PAYMENT;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Inject
    MeterRegistry registry;

    /* The registry looks a meter up among all the server's on every call: each is looked up once and kept. */
    private final Map<Tags, Counter> counters = new ConcurrentHashMap<>();
    private final Map<Tags, Timer> timers = new ConcurrentHashMap<>();

    /** Runs the screening, timed, and counts how it ended. */
    public PartyScreening.Answer measure(Channel channel, Supplier<PartyScreening.Answer> screening) {
        long start = System.nanoTime();
        String outcome = "refused";
        try {
            PartyScreening.Answer answer = screening.get();
            outcome = answer.replayed() ? "replayed" : answer.result().outcome().name().toLowerCase(Locale.ROOT);
            return answer;
        } finally {
            long nanos = System.nanoTime() - start;
            Tags tags = Tags.of("channel", channel.tag());
            timers.computeIfAbsent(tags, t -> registry.timer("interdict.screening", t))
                    .record(nanos, TimeUnit.NANOSECONDS);
            counter("interdict.screenings", tags.and("outcome", outcome)).increment();
            countLatency(tags, nanos);
        }
    }

    /** Cumulative buckets, as Prometheus histograms count: every bound at or above the time, and +Inf. */
    private void countLatency(Tags tags, long nanos) {
        for (long bound : BOUNDS_MILLIS) {
            if (nanos <= TimeUnit.MILLISECONDS.toNanos(bound)) {
                counter("interdict.screening.latency", tags.and("le", Double.toString(bound / 1000.0))).increment();
            }
        }
        counter("interdict.screening.latency", tags.and("le", "+Inf")).increment();
    }

    private Counter counter(String name, Tags tags) {
        return counters.computeIfAbsent(tags.and("meter", name), key -> registry.counter(name, tags));
    }
}
