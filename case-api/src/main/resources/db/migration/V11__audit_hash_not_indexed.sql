-- The hash of each audit event was kept unique by an index. Nothing looks an event up by its hash, and uniqueness
-- proves nothing the chain does not: each hash covers the previous one, and verification recomputes them all. The
-- index cost every sealed event an index entry (sealing updates the row, so it is never a heap-only update).
ALTER TABLE audit_event DROP CONSTRAINT audit_event_hash_unique;
