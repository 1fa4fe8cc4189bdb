-- Measures the investigators' queue at a million cases. Run by hand against a scratch database
-- that has the service's migrations applied (db/investigation V10..):
--   psql -h 127.0.0.1 -U postgres -d investigation_queue_scale -f queue-at-a-million-cases.sql
-- One case in ten is open (100 000 open among a million rows); an open SE/SA case in two still
-- runs its evidence clock. next_due_at is what CaseQueueProjection keeps: the earliest running due time.
\timing on
TRUNCATE case_view CASCADE;

CREATE TEMPORARY TABLE generated AS
SELECT n,
       'ALG-' || (2000 + n / 1000000) || '-' || lpad((n % 1000000)::text, 6, '0') AS case_reference,
       (ARRAY['SE', 'SA', 'OTHER_MISCONDUCT'])[1 + n % 3] AS allegation_type,
       n % 10 = 0 AS open,
       n % 20 = 0 AS evidence_running,
       timestamptz '2020-01-01' + n * interval '3 minutes' AS received_at
FROM generate_series(1, 1000000) AS n;

INSERT INTO case_view (case_reference, mission, allegation_type, priority, personnel_category, nationality,
                       investigating_entity, assignee, status, received_at, referred_at, opened_at, next_due_at)
SELECT case_reference,
       (ARRAY['MINUSCA', 'MONUSCO', 'UNMISS', 'MINUSMA'])[1 + n % 4],
       allegation_type,
       CASE WHEN n % 7 = 0 THEN 'URGENT' ELSE 'NORMAL' END,
       (ARRAY['MC', 'FPU', 'INT', 'NS', 'UNPOL'])[1 + n % 5],
       'X' || chr(65 + n % 26) || chr(65 + (n / 26) % 26),
       (ARRAY['OIOS', 'MISSION', 'TCC', 'PCC', 'NIO'])[1 + n % 5],
       'investigator.' || (n % 500),
       CASE WHEN open THEN 'OPEN' ELSE (ARRAY['SUBSTANTIATED', 'NOT_SUBSTANTIATED', 'CLOSED'])[1 + n % 3] END,
       received_at, received_at, received_at,
       CASE WHEN NOT open THEN NULL
            WHEN evidence_running AND allegation_type <> 'OTHER_MISCONDUCT' THEN received_at + interval '72 hours'
            ELSE received_at + interval '6 months' END
FROM generated;

INSERT INTO case_clock_view (case_reference, clock, started_at, due_at, stopped_at)
SELECT case_reference, 'investigation', received_at, received_at + interval '6 months',
       CASE WHEN open THEN NULL ELSE received_at + interval '3 months' END
FROM generated;
INSERT INTO case_clock_view (case_reference, clock, started_at, due_at, stopped_at, breached)
SELECT case_reference, 'evidence-preservation', received_at, received_at + interval '72 hours',
       CASE WHEN open AND evidence_running THEN NULL ELSE received_at + interval '1 day' END,
       open AND evidence_running
FROM generated WHERE allegation_type <> 'OTHER_MISCONDUCT';

VACUUM ANALYZE case_view;
VACUUM ANALYZE case_clock_view;

SELECT count(*) AS cases, count(*) FILTER (WHERE status = 'OPEN') AS open_cases FROM case_view;
SELECT count(*) AS clocks FROM case_clock_view;

-- The queue's statements (CaseQueue.openCases), one page of 100 cases (one row more tells whether a next page follows).
EXPLAIN (ANALYZE, BUFFERS)
SELECT c.* FROM case_view c WHERE c.status = 'OPEN' ORDER BY c.next_due_at NULLS LAST, c.case_reference LIMIT 101 OFFSET 0;
-- Deeper pages walk the index past the earlier ones: page 10, and the last of the 100 000 open cases.
EXPLAIN (ANALYZE, BUFFERS)
SELECT c.* FROM case_view c WHERE c.status = 'OPEN' ORDER BY c.next_due_at NULLS LAST, c.case_reference LIMIT 101 OFFSET 1000;
EXPLAIN (ANALYZE, BUFFERS)
SELECT c.* FROM case_view c WHERE c.status = 'OPEN' ORDER BY c.next_due_at NULLS LAST, c.case_reference LIMIT 101 OFFSET 99900;
EXPLAIN (ANALYZE, BUFFERS)
SELECT c.* FROM case_view c WHERE c.status = 'OPEN' AND c.assignee = 'investigator.40'
ORDER BY c.next_due_at NULLS LAST, c.case_reference LIMIT 101 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS)
SELECT c.* FROM case_view c WHERE c.status = 'OPEN' AND c.investigating_entity = 'OIOS'
ORDER BY c.next_due_at NULLS LAST, c.case_reference LIMIT 101 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS)
SELECT c.* FROM case_view c WHERE c.status = 'OPEN' AND c.nationality = 'XKA'
ORDER BY c.next_due_at NULLS LAST, c.case_reference LIMIT 101 OFFSET 0;
-- ... and the clocks of the page's cases.
EXPLAIN (ANALYZE, BUFFERS)
SELECT * FROM case_clock_view WHERE case_reference = ANY (
    SELECT c.case_reference FROM case_view c WHERE c.status = 'OPEN' ORDER BY c.next_due_at NULLS LAST, c.case_reference LIMIT 100)
ORDER BY due_at;
-- What a projection update costs: recomputing one case's next due time.
EXPLAIN (ANALYZE, BUFFERS)
UPDATE case_view SET next_due_at = (SELECT min(due_at) FROM case_clock_view WHERE case_reference = 'ALG-2000-500000' AND stopped_at IS NULL)
WHERE case_reference = 'ALG-2000-500000';
