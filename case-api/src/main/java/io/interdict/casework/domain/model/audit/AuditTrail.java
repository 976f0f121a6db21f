package io.interdict.casework.domain.model.audit;

import java.util.List;

/**
 * The append-only store of audit events. There is deliberately no way to update or remove an event.
 */
public interface AuditTrail {

    /**
     * Records the change in the caller's transaction, so that it commits or rolls back with the change itself. The
     * event joins the chain (is sealed) shortly after the transaction commits.
     */
    AuditEvent append(AuditRecord record);

    /** Records the changes in the caller's transaction, in the order given. */
    default void appendAll(List<AuditRecord> records) {
        records.forEach(this::append);
    }

    /** Every event about one subject, in the order recorded, sealed or not yet. */
    List<AuditEvent> about(AuditSubject subject, String subjectId);

    /** Recomputes the whole chain of sealed events, reports the first broken link and how many await their seal. */
    AuditChain.Verification verify();
}
