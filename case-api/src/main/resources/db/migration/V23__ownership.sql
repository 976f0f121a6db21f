-- Ownership for OFAC's 50 percent rule: each load of the institution's ownership data (who owns what share of
-- whom, by customer reference or list entry key) is kept whole; the register in force is the latest load's links.
-- Portable DDL: the same script runs on H2 and PostgreSQL.
CREATE TABLE ownership_load (
    id         UUID                     NOT NULL PRIMARY KEY,
    loaded_by  VARCHAR(255)             NOT NULL,
    loaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    links      INTEGER                  NOT NULL,
    sha256     VARCHAR(64)              NOT NULL
);
CREATE INDEX ownership_load_loaded_idx ON ownership_load (loaded_at);

CREATE TABLE ownership_link (
    id        UUID          NOT NULL PRIMARY KEY,
    load_id   UUID          NOT NULL REFERENCES ownership_load (id),
    owner_key VARCHAR(200)  NOT NULL,
    owned_key VARCHAR(200)  NOT NULL,
    percent   NUMERIC(7, 4) NOT NULL
);
CREATE INDEX ownership_link_load_idx ON ownership_link (load_id);
