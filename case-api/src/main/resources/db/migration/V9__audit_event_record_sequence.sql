-- Ids of recorded audit events come from a sequence handed out in blocks of 50, so that the events of one change
-- (a hit records about eight) are inserted in one JDBC batch at commit instead of one round trip each. V10 starts it
-- after the ids already used, per vendor. The identity column's own default stays, unused by the application.
CREATE SEQUENCE audit_event_record_seq START WITH 1 INCREMENT BY 50;
