-- How each allegation reached the mission (web form, hotline, focal point, ...), which the Council report counts.
-- A projection of received_event; filled here from the registrations already received, so the counts are right from
-- the upgrade on without waiting for a rebuild.
CREATE TABLE allegation_channel (
    case_reference VARCHAR(64) PRIMARY KEY,
    channel        VARCHAR(32)
);

INSERT INTO allegation_channel (case_reference, channel)
SELECT DISTINCT ON (case_reference) case_reference, data ->> 'channel'
FROM received_event
WHERE type = 'AllegationRegistered' AND case_reference IS NOT NULL
ORDER BY case_reference, sequence;
