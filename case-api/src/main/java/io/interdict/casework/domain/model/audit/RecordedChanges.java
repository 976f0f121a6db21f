package io.interdict.casework.domain.model.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The audit events an aggregate has recorded about its own changes and not yet handed to the trail. Each aggregate
 * that changes records its events here as it changes, so that no change can be made without one; the application
 * takes them and appends them in the change's transaction.
 */
public final class RecordedChanges {

    private final List<AuditRecord> recorded = new ArrayList<>();

    public void record(AuditAction action, String actor, Object subjectId, String detail, String before,
                       String after) {
        recorded.add(AuditRecord.of(actor, action, subjectId, detail).withStates(before, after));
    }

    /** The events recorded since the last call, oldest first; none are kept. */
    public List<AuditRecord> take() {
        List<AuditRecord> taken = List.copyOf(recorded);
        recorded.clear();
        return taken;
    }
}
