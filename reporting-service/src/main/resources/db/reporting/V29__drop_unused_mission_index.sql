-- The public filter compares missions case-blind (upper(mission) = upper(?)), which this index cannot answer, and no
-- other read leads with the mission: it only cost every write of a row (about a tenth of a rebuild's inserts).
DROP INDEX public_allegation_mission;
