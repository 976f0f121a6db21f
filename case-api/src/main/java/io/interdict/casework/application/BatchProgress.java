package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.batch.BatchItem;
import io.interdict.casework.domain.model.batch.ScreeningBatch;
import io.interdict.casework.domain.model.batch.ScreeningBatchRepository;
import io.interdict.casework.domain.model.screening.ScreenedParty;
import io.interdict.casework.domain.model.screening.ScreeningOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What the batch job does to a batch: take it up, screen its items one chunk at a time, and close it. Screening an
 * item and counting a chunk join the chunk's transaction, so an item's screening (case, alerts, workflow, audit),
 * its result and the batch's counters commit together or not at all; the job's start and end have their own.
 */
@ApplicationScoped
public class BatchProgress {

    /** The actor of the job's own audit events; the screenings themselves are on the submitter's name. */
    static final String ACTOR = "system:batch";

    @Inject
    ScreeningBatchRepository batches;

    @Inject
    PartyScreening screening;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    /** A job execution took the batch up: the first one, or one resuming it after the server stopped. */
    @Transactional
    public void started(UUID batchId, long executionId) {
        ScreeningBatch batch = batch(batchId);
        String before = batch.stateSummary();
        Optional<Long> previous = batch.jobExecutionId();
        batch.started(executionId, clock.instant());
        long pending = batches.pendingItems(batchId);
        auditTrail.append(AuditRecord.of(ACTOR, previous.isPresent() ? AuditAction.BATCH_RESUMED : AuditAction.BATCH_STARTED,
                        batchId, previous.map(p -> "resumed by job execution "
                                + executionId + " after execution " + p + " stopped; ").orElse("job execution "
                                + executionId + ": ") + pending + " item(s) to screen")
                .withStates(before, batch.stateSummary()));
    }

    /** Screens one item exactly as a single screening, in the chunk's transaction; true when it is a hit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean screen(UUID itemId) {
        BatchItem item = batches.item(itemId).orElseThrow(() -> new IllegalStateException("no batch item " + itemId));
        ScreeningBatch batch = batch(item.batchId());
        PartyScreening.Answer answer = screening.screen(ScreeningCommand.of(item.party()), batch.submittedBy(),
                Optional.of(item.idempotencyKey()));
        ScreeningResult result = answer.result();
        Optional<BatchItem.BestHit> best = Stream.concat(result.hits().stream(), result.suppressed().stream())
                .max(Comparator.comparingDouble(ScreeningResult.HitView::score))
                .map(h -> new BatchItem.BestHit(h.source(), h.sourceId(), h.matchedName(), h.score()));
        item.screened(result.screeningId(), result.outcome(), result.caseId(), best, clock.instant());
        return result.outcome() == ScreeningOutcome.HIT;
    }

    /** One chunk's items were screened: counted in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void chunkScreened(UUID batchId, int screened, int hits) {
        batch(batchId).advance(screened, hits);
    }

    /**
     * The job execution ended. Nothing pending: the batch is complete. Items pending and the job failed: the batch
     * failed, with the reason. Items pending otherwise (the server stopped the job while shutting down): it stays
     * RUNNING, and start-up resumes it.
     */
    @Transactional
    public void ended(UUID batchId, boolean jobFailed, String reason) {
        ScreeningBatch batch = batch(batchId);
        String before = batch.stateSummary();
        long pending = batches.pendingItems(batchId);
        AuditAction action;
        String detail;
        if (pending == 0) {
            batch.completed(clock.instant());
            action = AuditAction.BATCH_COMPLETED;
            detail = batch.screened() + " item(s) screened, " + batch.hits() + " hit(s), " + batch.rejected()
                    + " row(s) rejected";
        } else if (jobFailed) {
            batch.failed(reason, clock.instant());
            action = AuditAction.BATCH_FAILED;
            detail = "job failed with " + pending + " item(s) unscreened: " + reason;
        } else {
            action = AuditAction.BATCH_INTERRUPTED;
            detail = "job stopped with " + pending + " item(s) unscreened; resumed at the next start";
        }
        auditTrail.append(AuditRecord.of(ACTOR, action, batchId, detail)
                .withStates(before, batch.stateSummary()));
    }

    private ScreeningBatch batch(UUID batchId) {
        return batches.byId(batchId).orElseThrow(() -> new BatchNotFound(batchId));
    }
}
