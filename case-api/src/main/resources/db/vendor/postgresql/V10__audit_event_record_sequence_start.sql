-- Continue after the highest id, and one block further: the first block handed out ends at the value read.
SELECT setval('audit_event_record_seq', COALESCE(MAX(id), 0) + 51, false) FROM audit_event;
