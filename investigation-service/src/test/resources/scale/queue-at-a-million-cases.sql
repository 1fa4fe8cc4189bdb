-- Measures the investigators' queue at a million cases (run by hand against a scratch database that
-- has the service's migrations applied; see docs/operations.md):
--   psql -h 127.0.0.1 -U postgres -d investigation_queue_scale -f queue-at-a-million-cases.sql
-- 90 % of the cases are closed, so the open ones the queue reads are 100 000 among a million rows.
\timing on
TRUNCATE case_view CASCADE;

INSERT INTO case_view (case_reference, mission, allegation_type, priority, personnel_category, nationality,
                       investigating_entity, assignee, status, received_at, referred_at, opened_at)
SELECT 'ALG-' || (2000 + n / 1000000) || '-' || lpad((n % 1000000)::text, 6, '0'),
       (ARRAY['MINUSCA', 'MONUSCO', 'UNMISS', 'MINUSMA'])[1 + n % 4],
       (ARRAY['SE', 'SA', 'OTHER_MISCONDUCT'])[1 + n % 3],
       CASE WHEN n % 10 = 0 THEN 'URGENT' ELSE 'NORMAL' END,
       (ARRAY['MC', 'FPU', 'INT', 'NS', 'UNPOL'])[1 + n % 5],
       'X' || chr(65 + n % 26) || chr(65 + (n / 26) % 26),
       (ARRAY['OIOS', 'MISSION', 'TCC', 'PCC', 'NIO'])[1 + n % 5],
       'investigator.' || (n % 500),
       CASE WHEN n % 10 = 0 THEN 'OPEN' ELSE (ARRAY['SUBSTANTIATED', 'NOT_SUBSTANTIATED', 'CLOSED'])[1 + n % 3] END,
       timestamptz '2020-01-01' + n * interval '3 minutes',
       timestamptz '2020-01-01' + n * interval '3 minutes',
       timestamptz '2020-01-01' + n * interval '3 minutes'
FROM generate_series(1, 1000000) AS n;

INSERT INTO case_clock_view (case_reference, clock, started_at, due_at, stopped_at)
SELECT case_reference, 'investigation', referred_at, referred_at + interval '6 months',
       CASE WHEN status = 'OPEN' THEN NULL ELSE referred_at + interval '3 months' END
FROM case_view;
INSERT INTO case_clock_view (case_reference, clock, started_at, due_at, stopped_at)
SELECT case_reference, 'evidence-preservation', received_at, received_at + interval '72 hours',
       CASE WHEN random() < 0.5 THEN received_at + interval '1 day' END
FROM case_view WHERE allegation_type <> 'OTHER_MISCONDUCT';

UPDATE case_view c SET next_due_at = (SELECT min(k.due_at) FROM case_clock_view k
                                      WHERE k.case_reference = c.case_reference AND k.stopped_at IS NULL);
VACUUM ANALYZE case_view;
VACUUM ANALYZE case_clock_view;

SELECT count(*) AS cases, count(*) FILTER (WHERE status = 'OPEN') AS open_cases FROM case_view;

-- The queue's statements (CaseQueue.openCases), with 100 rows per page.
EXPLAIN (ANALYZE, BUFFERS)
SELECT c.* FROM case_view c WHERE c.status = 'OPEN' ORDER BY c.next_due_at NULLS LAST, c.case_reference LIMIT 100;
EXPLAIN (ANALYZE, BUFFERS)
SELECT c.* FROM case_view c WHERE c.status = 'OPEN' AND c.assignee = 'investigator.42'
ORDER BY c.next_due_at NULLS LAST, c.case_reference LIMIT 100;
EXPLAIN (ANALYZE, BUFFERS)
SELECT c.* FROM case_view c WHERE c.status = 'OPEN' AND c.investigating_entity = 'OIOS'
ORDER BY c.next_due_at NULLS LAST, c.case_reference LIMIT 100;
EXPLAIN (ANALYZE, BUFFERS)
SELECT c.* FROM case_view c WHERE c.status = 'OPEN' AND c.nationality = 'XKB'
ORDER BY c.next_due_at NULLS LAST, c.case_reference LIMIT 100;
EXPLAIN (ANALYZE, BUFFERS)
SELECT * FROM case_clock_view WHERE case_reference = ANY (
    SELECT c.case_reference FROM case_view c WHERE c.status = 'OPEN' ORDER BY c.next_due_at NULLS LAST, c.case_reference LIMIT 100)
ORDER BY due_at;
