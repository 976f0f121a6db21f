package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.cases.ScreeningCaseRepository;
import io.interdict.casework.domain.model.rescreening.Rescreening;
import io.interdict.casework.domain.model.rescreening.RescreeningId;
import io.interdict.casework.domain.model.rescreening.RescreeningItem;
import io.interdict.casework.domain.model.rescreening.RescreeningRepository;
import io.interdict.casework.domain.model.rescreening.RescreeningStatus;
import io.interdict.casework.domain.model.screening.ScreeningOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the re-screening job does to a run, each step in a transaction with its counters and audit events: take it
 * up, keep the parties a page of the scan found, end the scan (noting the open cases of removed entries), re-screen
 * one party in its chunk's transaction, count a chunk, and close the run.
 */
@ApplicationScoped
public class RescreeningProgress {

    /** The actor of the run's events and of its screenings. */
    public static final String ACTOR = "system:rescreening";

    @Inject
    RescreeningRepository rescreenings;

    @Inject
    RescreeningDeltas deltas;

    @Inject
    PartyScreening screening;

    @Inject
    ScreeningCaseRepository cases;

    @Inject
    CaseChanges caseChanges;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    /** What re-screening one party gave: whether it hit, how many alerts, whether a case was opened. */
    public record ItemResult(int alerts, boolean caseOpened) {
    }

    /** A job execution took the run up: the first one, or one resuming it after a restart. */
    @Transactional
    public Rescreening takenUp(RescreeningId id, long executionId) {
        Rescreening run = run(id);
        Optional<Long> previous = run.jobExecutionId();
        String before = run.stateSummary();
        run.takenUpBy(executionId);
        if (previous.isPresent()) {
            if (run.status() == RescreeningStatus.SCANNING) {
                run.scanRestarted();
            }
            auditTrail.append(AuditRecord.of(ACTOR, AuditAction.RESCREENING_RESUMED, id, "resumed by job execution "
                    + executionId + " after execution " + previous.get() + " stopped while " + run.status())
                    .withStates(before, run.stateSummary()));
        }
        return run;
    }

    /** A page of the scan: the parties read, and those of them found to be re-screened. */
    @Transactional
    public void pageScanned(RescreeningId id, int partiesRead, List<RescreeningItem> found) {
        found.forEach(rescreenings::add);
        run(id).scannedMore(partiesRead);
    }

    /** The scan read every stored party: notes the open cases of removed entries and counts what it found. */
    @Transactional
    public void scanEnded(RescreeningId id) {
        Rescreening run = run(id);
        RescreeningDelta delta = deltas.of(run);
        String before = run.stateSummary();
        int noted = noteRemovedEntries(run, delta);
        run.scanEnded((int) rescreenings.items(id), noted, clock.instant());
        auditTrail.append(AuditRecord.of(ACTOR, AuditAction.RESCREENING_SCANNED, id, run.partiesScanned()
                        + " stored parties read; " + run.candidates() + " could match one of the "
                        + delta.concerned().size() + " entries added or changed and are re-screened; " + noted
                        + " open case(s) noted for the " + delta.removed().size() + " entries removed")
                .withStates(before, run.stateSummary()));
    }

    private int noteRemovedEntries(Rescreening run, RescreeningDelta delta) {
        String list = run.source().key();
        var affected = cases.openWithAlertOn(list, delta.removed());
        for (var caseId : affected) {
            caseChanges.apply(caseId, c -> c.entriesRemovedFromList(ACTOR, c.alerts().stream()
                    .filter(a -> a.entry().source().equals(list) && delta.removed().contains(a.entry().entryId()))
                    .map(a -> list + ":" + a.entry().entryId()).distinct().toList(), run.versionLabel(),
                    clock.instant()));
        }
        return affected.size();
    }

    /**
     * Re-screens one party against the lists in force, reporting only hits on the entries added or changed (hits
     * on the others were reported when the party was screened before). Joins the chunk's transaction; the
     * idempotency key makes a chunk run again after a crash answer from the screening it stored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ItemResult screen(UUID itemId) {
        RescreeningItem item = rescreenings.item(itemId)
                .orElseThrow(() -> new IllegalStateException("no re-screening item " + itemId));
        RescreeningDelta delta = deltas.of(run(item.rescreeningId()));
        PartyScreening.Answer answer = screening.screen(ScreeningCommand.of(item.party()), ACTOR,
                Optional.of("rescreening:" + item.rescreeningId() + ":" + item.id()), delta::concerns);
        ScreeningResult result = answer.result();
        item.screened(result.screeningId(), result.outcome(), result.caseId(), clock.instant());
        return new ItemResult(result.hits().size(), result.outcome() == ScreeningOutcome.HIT);
    }

    /** One chunk's parties were re-screened: counted in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void chunkScreened(RescreeningId id, List<ItemResult> results) {
        run(id).advance(results.size(), results.stream().mapToInt(ItemResult::alerts).sum(),
                (int) results.stream().filter(ItemResult::caseOpened).count());
    }

    /**
     * The job execution ended. Nothing pending after the scan: the run is complete. The job failed: the run failed,
     * with the reason (its delta stays known: the next start-up takes it up again). Otherwise (the server stopped it
     * while shutting down) it stays as it is, and start-up resumes it.
     */
    @Transactional
    public void ended(RescreeningId id, boolean jobFailed, String reason) {
        Rescreening run = run(id);
        String before = run.stateSummary();
        boolean scanned = run.scannedAt().isPresent();
        long pending = rescreenings.pendingItems(id);
        if (scanned && pending == 0) {
            run.completed(clock.instant());
            auditTrail.append(AuditRecord.of(ACTOR, AuditAction.RESCREENING_COMPLETED, id, run.screened()
                    + " part(ies) re-screened of " + run.partiesScanned() + " read: " + run.hits() + " new hit(s), "
                    + run.casesOpened() + " case(s) opened, " + run.casesNoted() + " noted, in "
                    + run.elapsed(clock.instant()).toMillis() + " ms").withStates(before, run.stateSummary()));
            deltas.forget(id);
        } else if (jobFailed) {
            run.failed(reason, clock.instant());
            auditTrail.append(AuditRecord.of(ACTOR, AuditAction.RESCREENING_FAILED, id, "job failed "
                    + (scanned ? "with " + pending + " part(ies) not re-screened" : "while scanning") + ": " + reason)
                    .withStates(before, run.stateSummary()));
        }
    }

    /** The run, as the job's steps read it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Rescreening run(RescreeningId id) {
        return rescreenings.find(id).orElseThrow(() -> new RescreeningNotFound(id));
    }
}
