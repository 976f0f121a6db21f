package io.interdict.casework.infrastructure.rescreening;

import io.interdict.casework.application.RescreeningProgress;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/** Re-screens one party in the chunk's transaction; hands the writer what it gave. */
@Named("rescreeningItemProcessor")
@Dependent
public class RescreeningItemProcessor implements ItemProcessor {

    @Inject
    RescreeningProgress progress;

    @Override
    public Object processItem(Object itemId) {
        return progress.screen((UUID) itemId);
    }
}
