-- Fills the case tables with :cases synthetic cases (one alert each), spread over statuses, queues, priorities and
-- two years of creation times, so the case list is measured on a table the size of a large bank's history.
-- Usage: psql -v cases=1000000 -d interdict_bench -f seed-cases.sql
INSERT INTO screening_case (id, screening_id, party_name, party_type, party_country, party_reference, status, priority,
                            queue, assignee, sla_due_at, overdue, created_at, updated_at, version)
SELECT gen_random_uuid(), gen_random_uuid(), 'Seeded Party ' || n, 'ENTITY', 'KP', 'SEED-' || n,
       (ARRAY['IN_TRIAGE','ESCALATED','CLOSED_FALSE_POSITIVE','CLOSED_FALSE_POSITIVE','CLOSED_FALSE_POSITIVE',
              'BLOCK_APPROVED','REJECT_APPROVED','IN_TRIAGE'])[1 + n % 8],
       n % 4,
       (ARRAY['sanctions','dprk','vessels','trade-lists'])[1 + n % 4],
       CASE WHEN n % 5 = 0 THEN 'analyst' ELSE NULL END,
       now() - (n % 730) * interval '1 day' + interval '2 days',
       false,
       now() - (n % 730) * interval '1 day' - (n % 86400) * interval '1 second',
       now() - (n % 730) * interval '1 day',
       0
FROM generate_series(1, :cases) AS n;

INSERT INTO alert (id, case_id, list_source, list_entry_id, list_version, entry_fingerprint, matched_name, score,
                   reasons, programmes, entry_type)
SELECT gen_random_uuid(), c.id, 'us-ofac-sdn', '9345', '2023-12-28', repeat('0', 64),
       'KOREA MINING DEVELOPMENT TRADING CORPORATION', 0.95, NULL, 'DPRK2', 'entity'
FROM screening_case c WHERE c.party_reference LIKE 'SEED-%';

ANALYZE screening_case;
ANALYZE alert;
