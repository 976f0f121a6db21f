package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.lists.ListVersionId;
import io.interdict.casework.domain.model.lists.StoredListVersion;
import io.interdict.casework.domain.model.rescreening.Rescreening;
import io.interdict.casework.domain.model.rescreening.RescreeningId;
import io.interdict.casework.domain.model.rescreening.RescreeningRepository;
import io.interdict.screening.domain.model.list.ListDiff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the delta re-screening of a version put in force and, after a restart, takes up the runs the stopped
 * server left unfinished. The run is committed before its job starts: the job runs on other threads and must find
 * it; should the job not start, the run stays unfinished and the next start-up resumes it.
 */
@ApplicationScoped
public class DeltaRescreening {

    private static final Logger LOG = Logger.getLogger(DeltaRescreening.class.getName());

    @Inject
    RescreeningRepository rescreenings;

    @Inject
    RescreeningDeltas deltas;

    @Inject
    RescreeningJobs jobs;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    /** Records the run of a version just put in force, against the diff with the version it replaced. */
    @Transactional
    public Rescreening begin(StoredListVersion version, Optional<StoredListVersion> replaced, ListDiff diff,
                             String actor) {
        RescreeningId id = RescreeningId.generate();
        Rescreening run = new Rescreening(id, version.source(), version.id(), version.label(),
                replaced.map(StoredListVersion::id), new Rescreening.EntryCounts(diff.added().size(),
                diff.changed().size(), diff.removed().size()), actor, clock.instant());
        rescreenings.store(run);
        auditTrail.append(AuditRecord.of(actor, AuditAction.RESCREENING_STARTED, id, "delta re-screening of "
                        + version.source().key() + " " + version.label() + ": " + diff.added().size() + " entries added, "
                        + diff.changed().size() + " changed, " + diff.removed().size() + " removed")
                .withStates(null, run.stateSummary()));
        deltas.remember(id, diff);
        return run;
    }

    /** Starts the run's job; outside any transaction. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void launch(RescreeningId id) {
        try {
            jobs.start(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "re-screening " + id + " is recorded but its job did not start;"
                    + " the next start-up resumes it", e);
        }
    }

    /**
     * The runs a stopped server left unfinished or failed: only meaningful while the application is being deployed,
     * before an activation can start a new one.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<RescreeningId> leftBehind() {
        return rescreenings.resumable().stream().map(Rescreening::id).toList();
    }

    /** A new job execution for each run still to finish. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void resume(List<RescreeningId> ids) {
        for (RescreeningId id : ids) {
            rescreenings.find(id).filter(run -> run.status().resumable()).ifPresent(run -> {
                LOG.info(() -> "resuming re-screening " + id + " (" + run.stateSummary() + ")");
                launch(id);
            });
        }
    }

    /** The latest run started by putting the version in force, if it ever was. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Rescreening> latestFor(ListVersionId version) {
        return rescreenings.latestFor(version);
    }

    /** @throws RescreeningNotFound when no run has this id */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Rescreening find(RescreeningId id) {
        return rescreenings.find(id).orElseThrow(() -> new RescreeningNotFound(id));
    }
}
