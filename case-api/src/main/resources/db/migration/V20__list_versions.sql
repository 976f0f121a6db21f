-- The log of list versions: every version of a list the server has read (from the lists directory at start-up, or
-- uploaded by an administrator), which one of each list is in force, its files as read (one ZIP, in a table of its
-- own so that listings never read it), and the entries it added, removed or changed against the version in force
-- when it arrived. Portable DDL: the same script runs on H2 and PostgreSQL.
CREATE TABLE list_version (
    id              UUID                     NOT NULL PRIMARY KEY,
    source          VARCHAR(20)              NOT NULL,
    label           VARCHAR(100)             NOT NULL,
    publish_date    DATE,
    sha256          VARCHAR(64)              NOT NULL,
    files           VARCHAR(2000)            NOT NULL,
    entries         INTEGER                  NOT NULL,
    counts_by_type  VARCHAR(500)             NOT NULL,
    origin          VARCHAR(20)              NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    base_version_id UUID REFERENCES list_version (id),
    added           INTEGER                  NOT NULL,
    removed         INTEGER                  NOT NULL,
    changed         INTEGER                  NOT NULL,
    load_messages   VARCHAR(4000),
    received_by     VARCHAR(255)             NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    activated_by    VARCHAR(255),
    activated_at    TIMESTAMP WITH TIME ZONE,
    retired_at      TIMESTAMP WITH TIME ZONE,
    row_version     BIGINT                   NOT NULL,
    -- the same files are one version, whatever they were called when they came
    CONSTRAINT list_version_content_unique UNIQUE (source, sha256)
);
CREATE INDEX list_version_source_idx ON list_version (source, received_at);

CREATE TABLE list_version_content (
    version_id UUID  NOT NULL PRIMARY KEY REFERENCES list_version (id),
    content    BYTEA NOT NULL
);

CREATE TABLE list_entry_change (
    id          UUID          NOT NULL PRIMARY KEY,
    version_id  UUID          NOT NULL REFERENCES list_version (id),
    change_kind VARCHAR(10)   NOT NULL,
    entry_id    VARCHAR(50)   NOT NULL,
    entry_name  VARCHAR(500)  NOT NULL,
    entry_type  VARCHAR(20)   NOT NULL,
    detail      VARCHAR(4000)
);
CREATE INDEX list_entry_change_version_idx ON list_entry_change (version_id, change_kind, entry_id);
