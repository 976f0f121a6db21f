-- Record keeping (31 CFR 501.601, 10 years since 12 March 2025): the records of screenings, cases, their alerts,
-- decisions and comments, the register of blocked property and the reports to OFAC are never deleted by the
-- product, and the database refuses a DELETE or TRUNCATE of them from anyone. Archiving records older than ten years
-- is an operator's deliberate act (docs/regulatory.md, "Record keeping"), as is the audit trail's (V4).
CREATE FUNCTION record_refuse_delete() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is kept for at least 10 years (31 CFR 501.601): % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

DO $$
DECLARE
    kept TEXT;
BEGIN
    FOREACH kept IN ARRAY ARRAY['screening_request', 'screening_case', 'alert', 'case_decision', 'case_comment',
                                'blocked_property', 'blocked_property_target', 'ofac_report', 'ofac_report_target']
    LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE DELETE ON %I FOR EACH ROW EXECUTE FUNCTION record_refuse_delete()',
                       kept || '_kept', kept);
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION record_refuse_delete()',
                       kept || '_kept_whole', kept);
    END LOOP;
END;
$$;
