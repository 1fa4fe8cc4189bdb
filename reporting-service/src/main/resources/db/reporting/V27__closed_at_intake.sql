-- The reports intake closed, which the public figures count by year and mission (closedAtIntake): few rows, so the
-- count reads this small index instead of every row.
CREATE INDEX public_allegation_closed_at_intake ON public_allegation (received_year, mission) WHERE closure_reason IS NOT NULL;
