-- Record keeping (31 CFR 501.601), as V15: the documents of cases are never deleted by
-- the product, and the database refuses a DELETE or TRUNCATE of them. (The rows of an annual report are compiled
-- again while it is drafted, so they are not under this rule; once signed off they no longer change.)
DO $$
DECLARE
    kept TEXT;
BEGIN
    FOREACH kept IN ARRAY ARRAY['case_attachment', 'case_attachment_content']
    LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE DELETE ON %I FOR EACH ROW EXECUTE FUNCTION record_refuse_delete()',
                       kept || '_kept', kept);
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION record_refuse_delete()',
                       kept || '_kept_whole', kept);
    END LOOP;
END;
$$;
