-- The managers' inbox: what the workflow tells managers about a case (overdue triage), open until acknowledged.
CREATE TABLE manager_notification (
    id              UUID                     NOT NULL PRIMARY KEY,
    case_id         UUID                     NOT NULL REFERENCES screening_case (id),
    kind            VARCHAR(40)              NOT NULL,
    message         VARCHAR(1000)            NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_by VARCHAR(255),
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL
);

-- the inbox: open ones (acknowledged_at IS NULL) newest first
CREATE INDEX manager_notification_inbox_idx ON manager_notification (acknowledged_at, created_at);
CREATE INDEX manager_notification_case_idx ON manager_notification (case_id);
