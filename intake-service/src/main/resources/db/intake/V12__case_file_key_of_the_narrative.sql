-- The narrative of an allegation (description, location, closure note) is sealed under the case file's key,
-- 'case-file:<caseReference>', so that erasing the complainant leaves it readable. Allegations registered before
-- sealed it under the complainant's key; erasing such a complainant moves it to the case file first.
ALTER TABLE complaint_access ADD COLUMN narrative_subject_id VARCHAR(64);
UPDATE complaint_access SET narrative_subject_id = subject_id;
ALTER TABLE complaint_access ALTER COLUMN narrative_subject_id SET NOT NULL;

ALTER TABLE allegation_view ADD COLUMN narrative_subject_id VARCHAR(64);
UPDATE allegation_view SET narrative_subject_id = subject_id;
ALTER TABLE allegation_view ALTER COLUMN narrative_subject_id SET NOT NULL;
