-- Blocking and OFAC reporting: the register of blocked property (31 CFR 501.603) and the reports owed to OFAC with
-- their legal deadlines (501.603 initial reports, 501.604 rejected transactions). Portable DDL (H2 and PostgreSQL).

CREATE TABLE blocked_property (
    id                      UUID                     NOT NULL PRIMARY KEY,
    case_id                 UUID                     NOT NULL REFERENCES screening_case (id),
    status                  VARCHAR(20)              NOT NULL,
    holder_name             VARCHAR(300)             NOT NULL,
    holder_address          VARCHAR(1000)            NOT NULL,
    holder_contact_name     VARCHAR(300)             NOT NULL,
    holder_contact_email    VARCHAR(300)             NOT NULL,
    holder_contact_phone    VARCHAR(50),
    owner_name              VARCHAR(500)             NOT NULL,
    owner_address           VARCHAR(1000),
    owner_country           VARCHAR(2),
    owner_reference         VARCHAR(200),
    property_type           VARCHAR(40),
    description             VARCHAR(4000),
    value_amount            NUMERIC(19, 2),
    value_currency          VARCHAR(3),
    value_estimated         BOOLEAN,
    account_reference       VARCHAR(200),
    blocked_on              DATE                     NOT NULL,
    transaction_description VARCHAR(4000),
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT                   NOT NULL
);
CREATE INDEX blocked_property_case_idx ON blocked_property (case_id);
CREATE INDEX blocked_property_register_idx ON blocked_property (status, blocked_on);

-- The sanctions targets a blocking is for: the case's alerts as screened, with programmes and legal authorities.
CREATE TABLE blocked_property_target (
    blocked_property_id UUID          NOT NULL REFERENCES blocked_property (id),
    position            INTEGER       NOT NULL,
    list_source         VARCHAR(20)   NOT NULL,
    list_entry_id       VARCHAR(50)   NOT NULL,
    list_version        VARCHAR(100)  NOT NULL,
    entry_fingerprint   VARCHAR(64)   NOT NULL,
    target_name         VARCHAR(500)  NOT NULL,
    programmes          VARCHAR(1000) NOT NULL,
    legal_authorities   VARCHAR(1000) NOT NULL,
    PRIMARY KEY (blocked_property_id, position)
);

CREATE TABLE ofac_report (
    id                          UUID                     NOT NULL PRIMARY KEY,
    case_id                     UUID                     NOT NULL REFERENCES screening_case (id),
    type                        VARCHAR(30)              NOT NULL,
    status                      VARCHAR(20)              NOT NULL,
    event_date                  DATE                     NOT NULL,
    due_date                    DATE                     NOT NULL,
    overdue                     BOOLEAN                  NOT NULL,
    blocked_property_id         UUID REFERENCES blocked_property (id),
    opened_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    drafted_by                  VARCHAR(255),
    signed_off_by               VARCHAR(255),
    signed_off_at               TIMESTAMP WITH TIME ZONE,
    filing_reference            VARCHAR(200),
    filed_by                    VARCHAR(255),
    filed_at                    TIMESTAMP WITH TIME ZONE,
    -- a rejected transaction's elements (501.604(b)); the blocked-property report's are its register entry's
    reporter_name               VARCHAR(300),
    reporter_address            VARCHAR(1000),
    reporter_contact_name       VARCHAR(300),
    reporter_contact_email      VARCHAR(300),
    reporter_contact_phone      VARCHAR(50),
    transaction_description     VARCHAR(4000),
    target_locations            VARCHAR(1000),
    participants                VARCHAR(4000),
    banks                       VARCHAR(4000),
    property_description        VARCHAR(4000),
    account_references          VARCHAR(1000),
    rejected_value_amount       NUMERIC(19, 2),
    rejected_value_currency     VARCHAR(3),
    rejected_value_estimated    BOOLEAN,
    shipment_value_narrative    VARCHAR(4000),
    documents_description       VARCHAR(4000),
    version                     BIGINT                   NOT NULL
);
CREATE INDEX ofac_report_case_idx ON ofac_report (case_id);
CREATE INDEX ofac_report_due_idx ON ofac_report (status, due_date);

CREATE TABLE ofac_report_target (
    report_id         UUID          NOT NULL REFERENCES ofac_report (id),
    position          INTEGER       NOT NULL,
    list_source       VARCHAR(20)   NOT NULL,
    list_entry_id     VARCHAR(50)   NOT NULL,
    list_version      VARCHAR(100)  NOT NULL,
    entry_fingerprint VARCHAR(64)   NOT NULL,
    target_name       VARCHAR(500)  NOT NULL,
    programmes        VARCHAR(1000) NOT NULL,
    legal_authorities VARCHAR(1000) NOT NULL,
    PRIMARY KEY (report_id, position)
);
