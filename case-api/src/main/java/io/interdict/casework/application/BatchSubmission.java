package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.batch.BatchItem;
import io.interdict.casework.domain.model.batch.RejectedRow;
import io.interdict.casework.domain.model.batch.ScreeningBatch;
import io.interdict.casework.domain.model.batch.ScreeningBatchRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes a batch in: keeps every row (to screen, or rejected with its reason) in one transaction, then starts its
 * job. The two are separate on purpose: the job runs on other threads and must find the batch committed; should
 * the job not start (or the server stop in between), the batch stays QUEUED and start-up resumes it.
 */
@ApplicationScoped
public class BatchSubmission {

    private static final Logger LOG = Logger.getLogger(BatchSubmission.class.getName());

    @Inject
    ScreeningBatchRepository batches;

    @Inject
    AuditTrail auditTrail;

    @Inject
    BatchJobs jobs;

    @Inject
    Clock clock;

    @Transactional
    public ScreeningBatch submit(BatchUpload upload, String submittedBy) {
        UUID id = UUID.randomUUID();
        ScreeningBatch batch = new ScreeningBatch(id, submittedBy, clock.instant(), upload.format(),
                upload.parties().size(), upload.rejected().size());
        List<BatchItem> items = upload.parties().stream()
                .map(p -> new BatchItem(id, p.position(), p.command().party())).toList();
        List<RejectedRow> rejected = upload.rejected().stream()
                .map(r -> new RejectedRow(id, r.position(), r.reason())).toList();
        batches.store(batch, items, rejected);
        auditTrail.append(AuditRecord.of(submittedBy, AuditAction.BATCH_SUBMITTED, id,
                        upload.format() + " batch of " + (items.size() + rejected.size()) + " row(s): "
                                + items.size() + " to screen, " + rejected.size() + " rejected")
                .withStates(null, batch.stateSummary()));
        if (!batch.status().unfinished()) {
            auditTrail.append(AuditRecord.of(submittedBy, AuditAction.BATCH_COMPLETED, id,
                    "nothing to screen: every row was rejected").withStates(null, batch.stateSummary()));
        }
        return batch;
    }

    /** Starts the batch's job; outside any transaction (see {@link BatchJobs#start}). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void launch(ScreeningBatch batch) {
        if (!batch.status().resumable()) {
            return;
        }
        try {
            jobs.start(batch.id());
        } catch (RuntimeException e) {
            // The batch is kept and stays QUEUED: the next start of the server resumes it.
            LOG.log(Level.WARNING, "batch " + batch.id() + " is queued but its job did not start", e);
        }
    }
}
