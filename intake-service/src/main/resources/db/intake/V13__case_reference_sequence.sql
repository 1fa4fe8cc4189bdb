-- Case references are drawn from one sequence instead of a counter row that every registration updated and kept
-- locked until its transaction ended. A draw never waits for another and is never handed out again (a rolled-back
-- registration leaves a gap). The number within a year is the draw minus the year's first draw, a draw taken and
-- committed before any number of that year, so every number of a year is at least 1 and unique.
CREATE SEQUENCE case_reference_draw AS BIGINT START WITH 1;

CREATE TABLE case_reference_year (
    year       INTEGER PRIMARY KEY,
    first_draw BIGINT  NOT NULL
);

-- Years already counted go on after their last number.
INSERT INTO case_reference_year (year, first_draw) SELECT year, -last_number FROM case_reference_counter;
DROP TABLE case_reference_counter;
