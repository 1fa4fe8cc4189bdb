-- The queue's oldest-case gauge reads the earliest opening among open cases at every scrape: an index answers it
-- with its first entry, where without one every open case was read.
CREATE INDEX case_view_open_by_opened_at ON case_view (opened_at) WHERE status = 'OPEN';
