-- Everyone who drafted a report is kept (none of them may sign it off), not only the last.
ALTER TABLE ofac_report ALTER COLUMN drafted_by SET DATA TYPE VARCHAR(1000);
