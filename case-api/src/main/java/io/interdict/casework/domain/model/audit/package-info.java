/**
 * The audit trail: every state change in Interdict is an append-only {@link
 * io.interdict.casework.domain.model.audit.AuditEvent} whose hash covers its content and the hash of the event before
 * it. Editing or deleting any event breaks the chain from there on, which {@link
 * io.interdict.casework.domain.model.audit.AuditChain#verify} finds. Records are kept ten years (31 CFR 501.601 as
 * amended in 2025).
 */
package io.interdict.casework.domain.model.audit;
