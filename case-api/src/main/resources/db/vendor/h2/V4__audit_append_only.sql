-- H2 (the quick-start database) has no SQL-defined triggers, only Java ones. There the audit trail is protected by
-- the application, which has no update or delete path for audit events, and by the hash chain, which exposes any
-- change made behind its back. Production runs on PostgreSQL, where V4 installs an append-only trigger.
SELECT 1;
