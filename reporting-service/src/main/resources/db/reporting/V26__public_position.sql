-- Where a row stands in the public order (year, month, mission, category, nationality, type, then the keyed hash), as
-- one value. Composite values compare column by column with a missing value after every other and equal to another
-- missing one: the order of the public pages, nulls last. So "the rows after this one" is a single comparison that the
-- index below answers with a probe, however deep the position, where a condition per nullable column could not be.
CREATE TYPE public_position AS (
    received_year      INTEGER,
    received_month     SMALLINT,
    mission            VARCHAR(64),
    personnel_category VARCHAR(64),
    nationality        VARCHAR(64),
    allegation_type    VARCHAR(64),
    disclosure_order   BYTEA
);

ALTER TABLE public_allegation ADD COLUMN public_position public_position GENERATED ALWAYS AS (
    ROW(received_year, received_month, mission, personnel_category, nationality, allegation_type,
        disclosure_order)::public_position) STORED;

CREATE INDEX public_allegation_by_position ON public_allegation (public_position) WHERE disclosed;
DROP INDEX public_allegation_public_order;

-- A view keeps the columns it was created with: the public reads the position too.
CREATE OR REPLACE VIEW disclosed_allegation AS SELECT * FROM public_allegation WHERE disclosed;
