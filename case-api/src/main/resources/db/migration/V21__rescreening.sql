-- Delta re-screening after a list version is put in force: the run (what it re-screens against, its progress) and
-- the stored parties it found could match an added or changed entry, each re-screened once (the unique key makes a
-- resumed scan add none twice). Portable DDL: the same script runs on H2 and PostgreSQL.
CREATE TABLE rescreening (
    id                   UUID                     NOT NULL PRIMARY KEY,
    source               VARCHAR(20)              NOT NULL,
    version_id           UUID                     NOT NULL REFERENCES list_version (id),
    replaced_version_id  UUID REFERENCES list_version (id),
    version_label        VARCHAR(100)             NOT NULL,
    entries_added        INTEGER                  NOT NULL,
    entries_changed      INTEGER                  NOT NULL,
    entries_removed      INTEGER                  NOT NULL,
    status               VARCHAR(20)              NOT NULL,
    parties_scanned      INTEGER                  NOT NULL,
    candidates           INTEGER                  NOT NULL,
    screened             INTEGER                  NOT NULL,
    hits                 INTEGER                  NOT NULL,
    cases_opened         INTEGER                  NOT NULL,
    cases_noted          INTEGER                  NOT NULL,
    started_by           VARCHAR(255)             NOT NULL,
    started_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    scanned_at           TIMESTAMP WITH TIME ZONE,
    finished_at          TIMESTAMP WITH TIME ZONE,
    job_execution_id     BIGINT,
    message              VARCHAR(2000),
    row_version          BIGINT                   NOT NULL
);
CREATE INDEX rescreening_status_idx ON rescreening (status);

CREATE TABLE rescreening_item (
    id                UUID          NOT NULL PRIMARY KEY,
    rescreening_id    UUID          NOT NULL REFERENCES rescreening (id),
    row_position      INTEGER       NOT NULL,
    party_key         VARCHAR(64)   NOT NULL,
    party_name        VARCHAR(500)  NOT NULL,
    party_type        VARCHAR(20),
    party_country     VARCHAR(2),
    party_birth_date  VARCHAR(10),
    party_address     VARCHAR(1000),
    party_reference   VARCHAR(200),
    party_identifiers VARCHAR(4000),
    status            VARCHAR(10)   NOT NULL,
    screening_id      UUID,
    outcome           VARCHAR(10),
    case_id           UUID,
    screened_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT rescreening_item_party_unique UNIQUE (rescreening_id, party_key)
);
CREATE INDEX rescreening_item_pending_idx ON rescreening_item (rescreening_id, status, row_position);
