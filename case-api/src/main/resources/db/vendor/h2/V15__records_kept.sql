-- H2 has no SQL-defined triggers, only Java ones: there the application, which has no path that deletes these
-- records, keeps them. Production runs on PostgreSQL, where V15 makes the database refuse their deletion.
SELECT 1;
