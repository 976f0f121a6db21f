package io.interdict.casework.infrastructure.batch;

import io.interdict.casework.application.BatchResumption;
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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At deployment, resumes the batches a stopped server left unfinished. Which batches those are is decided during
 * deployment, before the API accepts a request: afterwards an unfinished batch may be one this server has just
 * started, and a second job on it would screen its items twice over. The jobs themselves start a few seconds after
 * deployment rather than inside it, in a fully deployed application (items open cases with their workflow).
 */
@Singleton
@Startup
// by name: the workflow engine lives in case-workflow, which builds on this module; both are in the one WAR
@DependsOn({"SchemaMigration", "WorkflowEngine"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchStartupResumption {

    private static final Logger LOG = Logger.getLogger(BatchStartupResumption.class.getName());

    /** Long enough for the deployment to finish, short enough that nobody waits on it. */
    private static final long DELAY_SECONDS = 5;

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService scheduler;

    @Inject
    BatchResumption resumption;

    private ScheduledFuture<?> pending;

    @PostConstruct
    void scheduleResumption() {
        List<UUID> leftBehind = resumption.leftBehind();
        if (leftBehind.isEmpty()) {
            LOG.info("no unfinished batches to resume");
            return;
        }
        pending = scheduler.schedule(() -> {
            try {
                int resumed = resumption.resume(leftBehind).size();
                LOG.info(() -> resumed + " unfinished batch(es) resumed after start-up");
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "unfinished batches could not be resumed; they stay as they are", e);
            }
        }, DELAY_SECONDS, TimeUnit.SECONDS);
    }

    /** An application undeployed within the delay must not resume anything from beyond its own end. */
    @PreDestroy
    void cancelResumption() {
        if (pending != null) {
            pending.cancel(false);
        }
    }
}
