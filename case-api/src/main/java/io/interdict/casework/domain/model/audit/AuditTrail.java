package io.interdict.casework.domain.model.audit;

import java.util.List;

/**
 * The append-only store of audit events. There is deliberately no way to update or remove an event.
 */
public interface AuditTrail {

    /** Appends the record as the next event of the chain, in the caller's transaction. */
    AuditEvent append(AuditRecord record);

    /** Every event about one subject, oldest first. */
    List<AuditEvent> about(String subjectType, String subjectId);

    /** Recomputes the whole chain and reports the first broken link. */
    AuditChain.Verification verify();
}
