package io.interdict.casework.infrastructure.rescreening;

import io.interdict.casework.application.DeltaRescreening;
import io.interdict.casework.domain.model.rescreening.RescreeningId;
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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At deployment, resumes the re-screenings a stopped server left unfinished. Which runs those are is decided while
 * deploying, before an activation can start a new one; the jobs start a few seconds later, in a fully deployed
 * application with its lists in force (re-screened parties open cases with their workflow).
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "WorkflowEngine", "IndexedLists"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RescreeningStartupResumption {

    private static final Logger LOG = Logger.getLogger(RescreeningStartupResumption.class.getName());

    /** Long enough for the deployment to finish, short enough that nobody waits on it. */
    private static final long DELAY_SECONDS = 5;

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService scheduler;

    @Inject
    DeltaRescreening rescreening;

    private ScheduledFuture<?> pending;

    @PostConstruct
    void scheduleResumption() {
        List<RescreeningId> leftBehind = rescreening.leftBehind();
        if (leftBehind.isEmpty()) {
            return;
        }
        LOG.info(() -> leftBehind.size() + " unfinished re-screening(s) to resume");
        pending = scheduler.schedule(() -> {
            try {
                rescreening.resume(leftBehind);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "unfinished re-screenings could not be resumed; they stay as they are", e);
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
