-- H2 has no SQL-defined triggers (see V15): there the application, which has no path that deletes these records,
-- keeps them.
SELECT 1;
