package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Audits refused attempts (four-eyes violations) in a transaction of their own: the refused change rolls back, the
 * record that someone tried must not. A bulk export that breaks off is recorded here too: it runs outside any
 * transaction, and the record that it broke off must be kept whatever failed.
 */
@ApplicationScoped
public class RefusalRecorder {

    @Inject
    AuditTrail auditTrail;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(AuditRecord record) {
        auditTrail.append(record);
    }
}
