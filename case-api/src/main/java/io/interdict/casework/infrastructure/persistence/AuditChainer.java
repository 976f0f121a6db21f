package io.interdict.casework.infrastructure.persistence;

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
 * The audit trail's single writer: every quarter of a second it seals the events recorded since its last round, in
 * batches, until none is left. Requests therefore never wait for one another to append to the chain; the chain
 * trails the changes by well under a second (the verify endpoint reports the backlog if it ever grows).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditChainer {

    private static final Logger LOG = Logger.getLogger(AuditChainer.class.getName());

    /** Events per sealing transaction: large enough to keep up with bursts, small enough to commit quickly. */
    static final int BATCH = 2000;

    private static final long PERIOD_MILLIS = 250;

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService scheduler;

    @Inject
    JpaAuditTrail trail;

    private ScheduledFuture<?> rounds;

    @PostConstruct
    void start() {
        // fixed delay: one round at a time, the next a quarter second after the last ended
        rounds = scheduler.scheduleWithFixedDelay(this::sealRound, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void sealRound() {
        try {
            int sealed;
            do {
                sealed = trail.sealRecorded(BATCH);
            } while (sealed == BATCH);
        } catch (RuntimeException e) {
            // an exception would end the schedule; the events stay recorded and the next round tries again
            LOG.log(Level.WARNING, "sealing audit events failed; retrying in the next round", e);
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
