package io.interdict.casework.application;

import io.interdict.casework.domain.model.batch.ScreeningBatch;
import io.interdict.casework.domain.model.batch.ScreeningBatchRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * After a restart, starts a new job execution for every batch the stopped server left QUEUED or RUNNING. The new
 * execution reads only the items still PENDING: an item's result commits with its chunk, so what was screened
 * before the stop is never screened again, and what was not is screened now. (Rather than JBeret's restart of the
 * old execution, which a crash leaves STARTED and which cannot be restarted from that state; our own item table is
 * the checkpoint.) One server runs the jobs: a cluster would need to elect the node that resumes.
 */
@ApplicationScoped
public class BatchResumption {

    private static final Logger LOG = Logger.getLogger(BatchResumption.class.getName());

    @Inject
    ScreeningBatchRepository batches;

    @Inject
    BatchSubmission submission;

    /**
     * The batches a stopped server left unfinished. Only meaningful while the application is being deployed, before
     * it accepts requests: later, an unfinished batch may simply be running.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<UUID> leftBehind() {
        return batches.unfinished().stream().map(ScreeningBatch::id).toList();
    }

    /** Starts a new job execution for each of these batches that is still unfinished; returns those resumed. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<ScreeningBatch> resume(List<UUID> batchIds) {
        List<ScreeningBatch> resumed = new java.util.ArrayList<>();
        for (UUID id : batchIds) {
            batches.byId(id).filter(batch -> batch.status().resumable()).ifPresent(batch -> {
                LOG.info(() -> "resuming batch " + batch.id() + " (" + batch.stateSummary() + ")");
                submission.launch(batch);
                resumed.add(batch);
            });
        }
        return resumed;
    }
}
