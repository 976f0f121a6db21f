package io.interdict.casework.interfaces.observability;

import io.interdict.casework.application.ActiveLists;
import io.interdict.casework.application.JobBacklog;
import io.interdict.casework.application.OperationalFigures;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The casework's state as gauges, counted every {@value #PERIOD_SECONDS} seconds rather than at each scrape: a scrape
 * never waits on the database, and the database answers four grouped queries a period whatever the number of
 * scrapers. Each node counts the same database, so the casework gauges agree across the cluster; the lists in force
 * and their entries are this node's own.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseworkGauges {

    private static final Logger LOG = Logger.getLogger(CaseworkGauges.class.getName());

    static final long PERIOD_SECONDS = 15;

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService scheduler;

    @Inject
    MeterRegistry registry;

    @Inject
    OperationalFigures figures;

    @Inject
    Instance<JobBacklog.Source> jobs;

    @Inject
    ActiveLists lists;

    @Inject
    Clock clock;

    private final AtomicLong triageBreaches = new AtomicLong();
    private final AtomicLong reportsDue = new AtomicLong();
    private final AtomicLong reportsOverdue = new AtomicLong();
    private final AtomicLong awaitingSeal = new AtomicLong();
    private final AtomicLong sealLagMillis = new AtomicLong();
    private final AtomicLong jobsDue = new AtomicLong();
    private final AtomicLong jobsFailed = new AtomicLong();
    private final AtomicLong countedAtMillis = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    /** Every gauge this deployment registered, removed again when it is undeployed. */
    private final List<Gauge> registered = new CopyOnWriteArrayList<>();
    private final TaggedGauges openCases = new TaggedGauges("interdict.cases.open");
    private final TaggedGauges listEntries = new TaggedGauges("interdict.list.entries");
    private ScheduledFuture<?> rounds;

    /*
     * Registered through the registry's own methods, never its builders (see ScreeningMeters): so no descriptions;
     * docs/operations.md describes each.
     */
    @PostConstruct
    void start() {
        gauge("interdict.cases.triage.breaches", Tags.empty(), triageBreaches, AtomicLong::get);
        gauge("interdict.reports.due", Tags.empty(), reportsDue, AtomicLong::get);
        gauge("interdict.reports.overdue", Tags.empty(), reportsOverdue, AtomicLong::get);
        gauge("interdict.audit.awaiting.seal", Tags.empty(), awaitingSeal, AtomicLong::get);
        gauge("interdict.audit.seal.lag.seconds", Tags.empty(), sealLagMillis, lag -> lag.get() / 1000.0);
        gauge("interdict.jobs.due", Tags.empty(), jobsDue, AtomicLong::get);
        gauge("interdict.jobs.failed", Tags.empty(), jobsFailed, AtomicLong::get);
        gauge("interdict.figures.counted.seconds", Tags.empty(), countedAtMillis, at -> at.get() / 1000.0);
        gauge("interdict.figures.failures", Tags.empty(), failures, AtomicLong::get);
        rounds = scheduler.scheduleWithFixedDelay(this::count, 0, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Registers the gauge in place of one an earlier deployment left: the server's registry outlives deployments
     * and keeps their gauges, whose values are gone (NaN), and would not take a second of the same name and tags.
     */
    private <T> T gauge(String name, Tags tags, T value, ToDoubleFunction<T> reading) {
        forget(name, tags);
        registry.gauge(name, tags, value, reading);
        Optional.ofNullable(registry.find(name).tags(tags).gauge()).ifPresent(registered::add);
        return value;
    }

    private void forget(String name, Tags tags) {
        Optional.ofNullable(registry.find(name).tags(tags).gauge()).ifPresent(gauge -> {
            registry.remove(gauge);
            registered.remove(gauge);
        });
    }

    /** One round; a failure is counted and logged, and the next round tries again with the last figures kept. */
    void count() {
        try {
            OperationalFigures.Snapshot now = figures.now();
            openCases.set(now.openByQueue().entrySet().stream()
                    .collect(Collectors.toMap(queue -> Tags.of("queue", queue.getKey()), Map.Entry::getValue)));
            triageBreaches.set(now.triageBreaches());
            reportsDue.set(now.reportsDue());
            reportsOverdue.set(now.reportsOverdue());
            awaitingSeal.set(now.awaitingSeal());
            sealLagMillis.set(now.sealLag().toMillis());
            listEntries.set(lists.versions().keySet().stream().flatMap(source -> lists.listInForce(source).stream())
                    .collect(Collectors.toMap(list -> Tags.of("list", list.source().key(), "version",
                            list.version().label()), list -> (long) list.size())));
            if (jobs.isResolvable()) {
                JobBacklog backlog = jobs.get().now();
                jobsDue.set(backlog.due());
                jobsFailed.set(backlog.failed());
            }
            countedAtMillis.set(clock.millis());
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            LOG.log(Level.WARNING, "counting the operational figures failed; the next round tries again", e);
        }
    }

    /**
     * One gauge per set of tags (a queue; a list and its version). A set that is gone (a queue emptied, a version
     * replaced) is removed, so a dashboard never shows the version a node no longer screens with.
     */
    private final class TaggedGauges {
        private final String name;
        private final Map<Tags, AtomicLong> values = new ConcurrentHashMap<>();

        TaggedGauges(String name) {
            this.name = name;
        }

        void set(Map<Tags, Long> now) {
            now.forEach((tags, value) -> values.computeIfAbsent(tags,
                    t -> gauge(name, t, new AtomicLong(), AtomicLong::get)).set(value));
            values.keySet().removeIf(tags -> {
                if (now.containsKey(tags)) {
                    return false;
                }
                forget(name, tags);
                return true;
            });
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
        registered.forEach(registry::remove);
    }
}
