-- The annual report of blocked property (31 CFR 501.603(b)(2)): all property held blocked as of June 30, one row per
-- blocked asset (TD F 90-22.50 Part B), due September 30. It is about the register, not one case; the managers'
-- reminders about it name the report instead of a case.
ALTER TABLE ofac_report ALTER COLUMN case_id DROP NOT NULL;
-- one annual report per as-of date (NULL for the other reports; both engines allow many NULLs in a unique column)
ALTER TABLE ofac_report ADD COLUMN annual_as_of DATE;
ALTER TABLE ofac_report ADD CONSTRAINT ofac_report_annual_as_of_uq UNIQUE (annual_as_of);

-- Part B: the register entries held blocked on the as-of date, as they stood when the report was last compiled.
CREATE TABLE ofac_report_holding (
    report_id           UUID           NOT NULL REFERENCES ofac_report (id),
    position            INTEGER        NOT NULL,
    blocked_property_id UUID           NOT NULL REFERENCES blocked_property (id),
    case_id             UUID           NOT NULL,
    owner_name          VARCHAR(500)   NOT NULL,
    owner_address       VARCHAR(1000),
    owner_country       VARCHAR(2),
    targets             VARCHAR(4000)  NOT NULL,
    programmes          VARCHAR(1000)  NOT NULL,
    legal_authorities   VARCHAR(1000)  NOT NULL,
    property_type       VARCHAR(40),
    description         VARCHAR(4000),
    value_amount        NUMERIC(19, 2),
    value_currency      VARCHAR(3),
    value_estimated     BOOLEAN,
    account_reference   VARCHAR(200),
    blocked_on          DATE           NOT NULL,
    PRIMARY KEY (report_id, position)
);

ALTER TABLE manager_notification ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE manager_notification ADD COLUMN report_id UUID;
