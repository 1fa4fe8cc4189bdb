-- The queue sorts open cases by the due time of their earliest running clock. Keeping that time on
-- the case row lets an index serve the queue's order and filters without scanning every case.
ALTER TABLE case_view ADD COLUMN next_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_view ADD COLUMN finding VARCHAR(32);
ALTER TABLE case_view ADD COLUMN completed_at TIMESTAMP WITH TIME ZONE;

UPDATE case_view c SET next_due_at = (SELECT min(k.due_at) FROM case_clock_view k
                                      WHERE k.case_reference = c.case_reference AND k.stopped_at IS NULL);

CREATE INDEX case_view_open_by_next_due ON case_view (next_due_at, case_reference) WHERE status = 'OPEN';
CREATE INDEX case_view_open_by_assignee ON case_view (assignee, next_due_at, case_reference) WHERE status = 'OPEN';
CREATE INDEX case_view_open_by_entity ON case_view (investigating_entity, next_due_at, case_reference) WHERE status = 'OPEN';
CREATE INDEX case_view_open_by_nationality ON case_view (nationality, next_due_at, case_reference) WHERE status = 'OPEN';
