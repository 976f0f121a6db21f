package io.interdict.casework.infrastructure.rescreening;

import io.interdict.casework.domain.model.rescreening.RescreeningRepository;
import io.interdict.casework.infrastructure.batch.PendingInPositionOrder;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Reads the run's parties still PENDING, in the order the scan found them. */
@Named("pendingRescreeningReader")
@Dependent
public class PendingRescreeningReader extends PendingInPositionOrder {

    @Inject
    @BatchProperty(name = RescreeningJob.RESCREENING_ID)
    String rescreeningId;

    @Inject
    RescreeningRepository rescreenings;

    @Override
    protected List<Pending> pendingAfter(int position, int limit) {
        return rescreenings.pendingItemsAfter(RescreeningJob.id(rescreeningId), position, limit).stream()
                .map(item -> new Pending(item.id(), item.position())).toList();
    }
}
