-- The case queue is sorted most urgent first, then oldest first: priority DESC, created_at ASC. An index can only
-- deliver mixed directions if it is declared with them; without these, PostgreSQL sorted the filtered cases on every
-- page (p95 1.9 s at one million cases; with them 35-55 ms, docs/casework.md "Performance").
CREATE INDEX screening_case_priority_idx ON screening_case (priority DESC, created_at, id);
CREATE INDEX screening_case_status_priority_idx ON screening_case (status, priority DESC, created_at, id);
CREATE INDEX screening_case_status_queue_priority_idx ON screening_case (status, queue, priority DESC, created_at, id);
-- superseded by the index above (same columns, priority in ascending order)
DROP INDEX screening_case_queue_idx;
