-- Record keeping (31 CFR 501.601), as V15: the log of list versions (which version of a list was in force when, its
-- files and its changes) and the re-screenings that followed them answer an examiner's "what did you screen
-- against, and when did you look again"; the database refuses a DELETE or TRUNCATE of them.
DO $$
DECLARE
    kept TEXT;
BEGIN
    FOREACH kept IN ARRAY ARRAY['list_version', 'list_version_content', 'list_entry_change', 'rescreening',
                                'rescreening_item']
    LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE DELETE ON %I FOR EACH ROW EXECUTE FUNCTION record_refuse_delete()',
                       kept || '_kept', kept);
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION record_refuse_delete()',
                       kept || '_kept_whole', kept);
    END LOOP;
END;
$$;
