-- Casework: screening requests, the cases they open, their alerts, decisions and comments, and accepted false
-- hits. Portable DDL: the same script runs on H2 (quick start) and PostgreSQL (production).

-- The audit trail keeps what a change did: the subject's state before and after.
ALTER TABLE audit_event ADD COLUMN before_state VARCHAR(4000);
ALTER TABLE audit_event ADD COLUMN after_state VARCHAR(4000);

-- One row that holds the end of the audit chain. Appending an event locks it (SELECT ... FOR UPDATE), so that
-- concurrent transactions chain their events one after the other instead of forking the chain.
CREATE TABLE audit_chain_head (
    id            INTEGER     NOT NULL PRIMARY KEY,
    last_sequence BIGINT      NOT NULL,
    last_hash     VARCHAR(64),
    CONSTRAINT audit_chain_head_single_row CHECK (id = 1)
);
INSERT INTO audit_chain_head (id, last_sequence, last_hash) VALUES (1, 0, NULL);

CREATE TABLE screening_request (
    id                  UUID                     NOT NULL PRIMARY KEY,
    idempotency_key     VARCHAR(200),
    request_fingerprint VARCHAR(64)              NOT NULL,
    requested_by        VARCHAR(255)             NOT NULL,
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    party_name          VARCHAR(500)             NOT NULL,
    party_type          VARCHAR(20),
    party_country       VARCHAR(2),
    party_birth_date    VARCHAR(10),
    party_address       VARCHAR(1000),
    party_reference     VARCHAR(200),
    party_identifiers   VARCHAR(4000),
    outcome             VARCHAR(10)              NOT NULL,
    case_id             UUID,
    result              VARCHAR(100000)          NOT NULL,
    CONSTRAINT screening_request_idempotency_unique UNIQUE (requested_by, idempotency_key)
);

CREATE TABLE screening_case (
    id                  UUID                     NOT NULL PRIMARY KEY,
    screening_id        UUID                     NOT NULL,
    party_name          VARCHAR(500)             NOT NULL,
    party_type          VARCHAR(20),
    party_country       VARCHAR(2),
    party_birth_date    VARCHAR(10),
    party_address       VARCHAR(1000),
    party_reference     VARCHAR(200),
    party_identifiers   VARCHAR(4000),
    status              VARCHAR(30)              NOT NULL,
    priority            SMALLINT                 NOT NULL, -- Priority's rank: 0 low .. 3 critical
    queue               VARCHAR(50)              NOT NULL,
    assignee            VARCHAR(255),
    sla_due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    overdue             BOOLEAN                  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    process_instance_id VARCHAR(64),
    version             BIGINT                   NOT NULL
);
-- The queues: open cases by status, most urgent and oldest first; an analyst's own work; overdue triage.
CREATE INDEX screening_case_queue_idx ON screening_case (status, queue, priority, created_at, id);
CREATE INDEX screening_case_status_created_idx ON screening_case (status, created_at, id);
CREATE INDEX screening_case_created_idx ON screening_case (created_at, id);
CREATE INDEX screening_case_assignee_idx ON screening_case (assignee, status, created_at);
CREATE INDEX screening_case_sla_idx ON screening_case (status, sla_due_at);
CREATE INDEX screening_case_party_ref_idx ON screening_case (party_reference);

CREATE TABLE alert (
    id                UUID          NOT NULL PRIMARY KEY,
    case_id           UUID          NOT NULL REFERENCES screening_case (id),
    list_source       VARCHAR(20)   NOT NULL,
    list_entry_id     VARCHAR(50)   NOT NULL,
    list_version      VARCHAR(100)  NOT NULL,
    entry_fingerprint VARCHAR(64)   NOT NULL,
    matched_name      VARCHAR(500)  NOT NULL,
    score             DOUBLE PRECISION NOT NULL,
    reasons           VARCHAR(20000)
);
CREATE INDEX alert_case_idx ON alert (case_id);
CREATE INDEX alert_entry_idx ON alert (list_source, list_entry_id);

CREATE TABLE case_decision (
    id                          UUID                     NOT NULL PRIMARY KEY,
    case_id                     UUID                     NOT NULL REFERENCES screening_case (id),
    step                        VARCHAR(20)              NOT NULL,
    outcome                     VARCHAR(20)              NOT NULL,
    actor                       VARCHAR(255)             NOT NULL,
    decided_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    rationale                   VARCHAR(4000)            NOT NULL,
    check_on_ofac_list          VARCHAR(3),
    check_type_mismatch         VARCHAR(3),
    check_only_one_name         VARCHAR(3),
    check_identifiers           VARCHAR(20),
    check_several_similarities  VARCHAR(3)
);
CREATE INDEX case_decision_case_idx ON case_decision (case_id, decided_at);

CREATE TABLE case_comment (
    id         UUID                     NOT NULL PRIMARY KEY,
    case_id    UUID                     NOT NULL REFERENCES screening_case (id),
    author     VARCHAR(255)             NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    text       VARCHAR(4000)            NOT NULL
);
CREATE INDEX case_comment_case_idx ON case_comment (case_id, written_at);

-- An analyst's false-positive decision on one hit, so that screening the same party again does not raise the same
-- alert - until the list entry or the party changes (each is fingerprinted).
CREATE TABLE accepted_false_hit (
    id                UUID                     NOT NULL PRIMARY KEY,
    party_reference   VARCHAR(200)             NOT NULL,
    party_fingerprint VARCHAR(64)              NOT NULL,
    list_entry_key    VARCHAR(80)              NOT NULL,
    entry_fingerprint VARCHAR(64)              NOT NULL,
    case_id           UUID                     NOT NULL REFERENCES screening_case (id),
    accepted_by       VARCHAR(255)             NOT NULL,
    accepted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT accepted_false_hit_unique UNIQUE (party_reference, list_entry_key, entry_fingerprint, party_fingerprint)
);
