package io.interdict.casework.infrastructure.rescreening;

import io.interdict.casework.application.RescreeningProgress;
import io.interdict.casework.application.RescreeningProgress.ItemResult;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The parties were re-screened as they were processed; the writer adds the chunk to the run's counters in the same
 * transaction, so the progress an administrator reads is never ahead of or behind the screenings.
 */
@Named("rescreeningProgressWriter")
@Dependent
public class RescreeningProgressWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = RescreeningJob.RESCREENING_ID)
    String rescreeningId;

    @Inject
    RescreeningProgress progress;

    @Override
    public void writeItems(List<Object> results) {
        progress.chunkScreened(RescreeningJob.id(rescreeningId),
                results.stream().map(ItemResult.class::cast).toList());
    }
}
