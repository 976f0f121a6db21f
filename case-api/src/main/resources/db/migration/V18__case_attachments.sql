-- The documents of a case: the original payment message, the transfer instructions, a PDF or a scan, as the reports
-- to OFAC must include a copy of them (501.603(b)(1)(ii), 501.604(b)(12); OFAC FAQ 49). Each is kept as uploaded,
-- with its SHA-256, and never changed; the content sits in its own table so listings do not read it.
CREATE TABLE case_attachment (
    id           UUID                     NOT NULL PRIMARY KEY,
    case_id      UUID                     NOT NULL REFERENCES screening_case (id),
    file_name    VARCHAR(255)             NOT NULL,
    content_type VARCHAR(100)             NOT NULL,
    size_bytes   BIGINT                   NOT NULL,
    sha256       VARCHAR(64)              NOT NULL,
    description  VARCHAR(1000),
    uploaded_by  VARCHAR(255)             NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_attachment_case_idx ON case_attachment (case_id, uploaded_at);

CREATE TABLE case_attachment_content (
    attachment_id UUID  NOT NULL PRIMARY KEY REFERENCES case_attachment (id),
    content       BYTEA NOT NULL
);
