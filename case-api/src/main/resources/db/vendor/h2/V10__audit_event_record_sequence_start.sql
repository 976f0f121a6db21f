-- Continue after the highest id, and one block further: the first block handed out ends at the value read.
ALTER SEQUENCE audit_event_record_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 51 FROM audit_event);
