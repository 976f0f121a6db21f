package io.interdict.casework.infrastructure.lists;

import io.interdict.casework.application.ListOperations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps this node's lists in force on the version log: every {@value #PERIOD_SECONDS} seconds it asks the log which
 * version of each list is in force and puts in force here any this node does not screen with yet
 * ({@link ListOperations#followLog()}). On one node it never finds anything; on a cluster it carries an activation
 * made on another node to this one, so both answer from the same version a round (plus the indexing) after it.
 */
@Singleton
@Startup
@DependsOn("IndexedLists")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ListVersionFollowing {

    private static final Logger LOG = Logger.getLogger(ListVersionFollowing.class.getName());

    static final long PERIOD_SECONDS = 5;

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService scheduler;

    @Inject
    ListOperations operations;

    private ScheduledFuture<?> rounds;

    @PostConstruct
    void start() {
        rounds = scheduler.scheduleWithFixedDelay(this::follow, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private void follow() {
        try {
            operations.followLog().forEach(version -> LOG.info(() -> "In force on this node, following the version log: "
                    + version.source().key() + " " + version.label() + " (put in force by " + version.activatedBy().orElse("?")
                    + " at " + version.activatedAt().map(Object::toString).orElse("?") + ")"));
        } catch (RuntimeException e) {
            // an exception would end the schedule: the lists in force stay, and the next round tries again
            LOG.log(Level.WARNING, "following the list version log failed; retrying in the next round", e);
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
