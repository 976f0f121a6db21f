package io.interdict.casework.infrastructure.batch;

import io.interdict.casework.application.BatchProgress;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/** Screens one item in the chunk's transaction; hands the writer whether it was a hit. */
@Named("itemScreeningProcessor")
@Dependent
public class ItemScreeningProcessor implements ItemProcessor {

    @Inject
    BatchProgress progress;

    @Override
    public Object processItem(Object itemId) {
        return progress.screen((UUID) itemId);
    }
}
