-- Batch screening: a file of parties submitted at once, its items (screened one chunk at a time by a Jakarta Batch
-- job) and the rows that could not be read. Portable DDL: the same script runs on H2 and PostgreSQL.
-- The batch job's own bookkeeping (JBeret's JOB_* tables) is created by JBeret in the same database.

CREATE TABLE screening_batch (
    id               UUID                     NOT NULL PRIMARY KEY,
    submitted_by     VARCHAR(255)             NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    source_format    VARCHAR(10)              NOT NULL,
    status           VARCHAR(20)              NOT NULL,
    total            INTEGER                  NOT NULL,
    screened         INTEGER                  NOT NULL,
    hits             INTEGER                  NOT NULL,
    rejected         INTEGER                  NOT NULL,
    job_execution_id BIGINT,
    attempts         INTEGER                  NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE,
    finished_at      TIMESTAMP WITH TIME ZONE,
    failure          VARCHAR(2000)
);
-- Start-up looks for the batches a stopped server left unfinished.
CREATE INDEX screening_batch_status_idx ON screening_batch (status);

CREATE TABLE batch_item (
    id                UUID                     NOT NULL PRIMARY KEY,
    batch_id          UUID                     NOT NULL REFERENCES screening_batch (id),
    row_position      INTEGER                  NOT NULL,
    status            VARCHAR(10)              NOT NULL,
    party_name        VARCHAR(500)             NOT NULL,
    party_type        VARCHAR(20),
    party_country     VARCHAR(2),
    party_birth_date  VARCHAR(10),
    party_address     VARCHAR(1000),
    party_reference   VARCHAR(200),
    party_identifiers VARCHAR(4000),
    screening_id      UUID,
    outcome           VARCHAR(10),
    case_id           UUID,
    best_hit_source   VARCHAR(20),
    best_hit_entry_id VARCHAR(50),
    best_hit_name     VARCHAR(500),
    best_hit_score    DOUBLE PRECISION,
    screened_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT batch_item_position_unique UNIQUE (batch_id, row_position)
);
-- The job reads the pending items of its batch in position order; the results are paged in the same order.
CREATE INDEX batch_item_pending_idx ON batch_item (batch_id, status, row_position);

CREATE TABLE batch_rejected_row (
    id           UUID          NOT NULL PRIMARY KEY,
    batch_id     UUID          NOT NULL REFERENCES screening_batch (id),
    row_position INTEGER       NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    CONSTRAINT batch_rejected_row_position_unique UNIQUE (batch_id, row_position)
);
