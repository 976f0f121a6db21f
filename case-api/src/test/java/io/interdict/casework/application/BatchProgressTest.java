package io.interdict.casework.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.batch.BatchItem;
import io.interdict.casework.domain.model.batch.BatchStatus;
import io.interdict.casework.domain.model.batch.RejectedRow;
import io.interdict.casework.domain.model.batch.ScreeningBatch;
import io.interdict.casework.domain.model.batch.ScreeningBatchRepository;
import io.interdict.casework.domain.model.batch.SourceFormat;
import io.interdict.casework.domain.model.screening.ScreenedParty;
import io.interdict.screening.domain.model.entry.BirthDate;
import io.interdict.screening.domain.model.entry.EntityType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The batch's life as the job drives it: taken up, resumed after a stop, completed, failed or left for resumption;
 * and which batches start-up resumes.
 */
class BatchProgressTest {

    private final Batches batches = new Batches();
    private final InMemoryCasework.Trail trail = new InMemoryCasework.Trail();
    private final List<AuditRecord> audit = trail.records;
    private final List<UUID> launched = new ArrayList<>();
    private final BatchProgress progress = new BatchProgress();
    private final BatchResumption resumption = new BatchResumption();

    BatchProgressTest() {
        progress.batches = batches;
        progress.clock = java.time.Clock.systemUTC();
        progress.auditTrail = trail;
        BatchSubmission submission = new BatchSubmission();
        submission.clock = java.time.Clock.systemUTC();
        submission.jobs = batchId -> {
            launched.add(batchId);
            return launched.size();
        };
        resumption.batches = batches;
        resumption.submission = submission;
    }

    private ScreeningBatch batch(int total, int pending) {
        ScreeningBatch batch = new ScreeningBatch(UUID.randomUUID(), "analyst", Instant.now(), SourceFormat.CSV, total,
                0);
        batches.batches.put(batch.id(), batch);
        batches.pending.put(batch.id(), (long) pending);
        return batch;
    }

    private List<String> actions() {
        return audit.stream().map(record -> record.action().name()).toList();
    }

    @Test
    void aBatchWithNothingPendingWhenItsJobEndsIsCompleted() {
        ScreeningBatch batch = batch(50, 50);
        progress.started(batch.id(), 7);
        batches.pending.put(batch.id(), 0L);
        batch.advance(50, 3);

        progress.ended(batch.id(), false, "job execution 7 ended COMPLETED");

        assertThat(batch.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(batch.finishedAt()).isPresent();
        assertThat(actions()).containsExactly("BATCH_STARTED", "BATCH_COMPLETED");
        assertThat(audit.get(1).detail()).contains("50 item(s) screened, 3 hit(s)");
        assertThat(audit).allSatisfy(r -> assertThat(r.actor()).isEqualTo("system:batch"));
    }

    @Test
    void aFailedJobWithItemsPendingFailsTheBatchWithTheReason() {
        ScreeningBatch batch = batch(50, 50);
        progress.started(batch.id(), 7);
        batches.pending.put(batch.id(), 25L);

        progress.ended(batch.id(), true, "job execution 7 ended FAILED");

        assertThat(batch.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(batch.failure()).contains("job execution 7 ended FAILED");
        assertThat(actions()).containsExactly("BATCH_STARTED", "BATCH_FAILED");
    }

    @Test
    void aJobStoppedByTheServerLeavesTheBatchRunningAndStartUpResumesItWithANewExecution() {
        ScreeningBatch interrupted = batch(50, 50);
        progress.started(interrupted.id(), 7);
        batches.pending.put(interrupted.id(), 25L);
        progress.ended(interrupted.id(), false, "job execution 7 ended STOPPING");
        ScreeningBatch neverStarted = batch(10, 10);
        ScreeningBatch completed = batch(0, 0);

        assertThat(interrupted.status()).isEqualTo(BatchStatus.RUNNING);
        assertThat(completed.status()).isEqualTo(BatchStatus.COMPLETED);
        List<java.util.UUID> leftBehind = resumption.leftBehind();
        ScreeningBatch submittedAfterStartUp = batch(5, 5);

        assertThat(leftBehind).containsExactlyInAnyOrder(interrupted.id(), neverStarted.id());
        assertThat(resumption.resume(leftBehind)).extracting(ScreeningBatch::id)
                .containsExactlyInAnyOrder(interrupted.id(), neverStarted.id());
        assertThat(launched).containsExactlyInAnyOrder(interrupted.id(), neverStarted.id())
                .doesNotContain(submittedAfterStartUp.id());

        progress.started(interrupted.id(), 8);
        assertThat(interrupted.attempts()).isEqualTo(2);
        assertThat(interrupted.jobExecutionId()).contains(8L);
        assertThat(actions()).containsExactly("BATCH_STARTED", "BATCH_INTERRUPTED", "BATCH_RESUMED");
        assertThat(audit.get(2).detail()).contains("after execution 7").contains("25 item(s) to screen");
    }

    @Test
    void aBatchWhoseJobFailedPartWayIsTakenUpAgainAtTheNextStart() {
        ScreeningBatch batch = batch(50, 50);
        progress.started(batch.id(), 5);
        batches.pending.put(batch.id(), 30L);
        // the server stopped under the job: JBeret ends it FAILED rather than STOPPED
        progress.ended(batch.id(), true, "job execution 5 ended FAILED");
        assertThat(batch.status()).isEqualTo(BatchStatus.FAILED);

        assertThat(resumption.resume(resumption.leftBehind())).extracting(ScreeningBatch::id).containsExactly(batch.id());
        progress.started(batch.id(), 6);

        assertThat(batch.status()).isEqualTo(BatchStatus.RUNNING);
        assertThat(batch.attempts()).isEqualTo(2);
        assertThat(actions()).containsExactly("BATCH_STARTED", "BATCH_FAILED", "BATCH_RESUMED");
    }

    @Test
    void aFinishedBatchIsNeverTakenUpAgain() {
        ScreeningBatch batch = batch(5, 0);
        progress.started(batch.id(), 1);
        progress.ended(batch.id(), false, "done");

        assertThatThrownBy(() -> progress.started(batch.id(), 2)).isInstanceOf(IllegalStateException.class);
        assertThat(resumption.leftBehind()).isEmpty();
        assertThat(resumption.resume(List.of(batch.id()))).isEmpty();
    }

    @Test
    void anItemIsScreenedWithTheCommandItWasValidatedIntoAndItsOwnIdempotencyKey() {
        ScreenedParty party = new ScreenedParty("Harriet Pemberton", EntityType.INDIVIDUAL, "GB",
                BirthDate.ofMonth(1970, 3), null, "C-2", List.of());
        ScreeningCommand command = ScreeningCommand.of(party);
        UUID batchId = UUID.randomUUID();
        BatchItem item = new BatchItem(batchId, 17, party);

        assertThat(command.party().fingerprint()).isEqualTo(party.fingerprint());
        assertThat(command.birthDate()).isPresent();
        assertThat(item.idempotencyKey()).isEqualTo("batch:" + batchId + ":17");
        item.screened(UUID.randomUUID(), io.interdict.casework.domain.model.screening.ScreeningOutcome.CLEAR, null,
                Optional.empty(), Instant.now());
        assertThatThrownBy(() -> item.screened(UUID.randomUUID(),
                io.interdict.casework.domain.model.screening.ScreeningOutcome.CLEAR, null, Optional.empty(),
                Instant.now())).isInstanceOf(IllegalStateException.class);
    }

    /** Batches in memory; pending counts set by the test. */
    private static final class Batches implements ScreeningBatchRepository {
        final Map<UUID, ScreeningBatch> batches = new HashMap<>();
        final Map<UUID, Long> pending = new HashMap<>();

        @Override
        public void store(ScreeningBatch batch, List<BatchItem> items, List<RejectedRow> rejected) {
            batches.put(batch.id(), batch);
        }

        @Override
        public Optional<ScreeningBatch> byId(UUID id) {
            return Optional.ofNullable(batches.get(id));
        }

        @Override
        public List<ScreeningBatch> unfinished() {
            return batches.values().stream().filter(b -> b.status().resumable()).toList();
        }

        @Override
        public List<PendingItem> pendingItemsAfter(UUID batchId, int position, int limit) {
            return List.of();
        }

        @Override
        public long pendingItems(UUID batchId) {
            return pending.getOrDefault(batchId, 0L);
        }

        @Override
        public Optional<BatchItem> item(UUID itemId) {
            return Optional.empty();
        }

        @Override
        public List<BatchItem> items(UUID batchId, int offset, int limit) {
            return List.of();
        }

        @Override
        public List<RejectedRow> rejected(UUID batchId, int limit) {
            return List.of();
        }
    }
}
