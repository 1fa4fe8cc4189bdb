-- The public order stored as bytes that compare as the order itself: each value is marked present (0) or missing (1),
-- numbers follow big-endian with the sign bit flipped, text its UTF-8 bytes and a terminating zero byte (text never
-- holds one), and the keyed hash last. A byte comparison is far cheaper for the index than the composite value's
-- column-by-column comparison. The service computes the key with every row it writes (PublicOrder.Position#key);
-- this function computes the same for the rows already stored, and lets a test hold the two to one encoding.
CREATE FUNCTION public_order_key(received_year INTEGER, received_month INTEGER, mission VARCHAR,
        personnel_category VARCHAR, nationality VARCHAR, allegation_type VARCHAR, disclosure_order BYTEA)
    RETURNS BYTEA LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN
    CASE WHEN received_year IS NULL THEN '\x01'::bytea
        ELSE '\x00'::bytea || int4send(received_year # (-2147483648)) END
    || CASE WHEN received_month IS NULL THEN '\x01'::bytea
        ELSE '\x00'::bytea || int4send(received_month # (-2147483648)) END
    || CASE WHEN mission IS NULL THEN '\x01'::bytea
        ELSE '\x00'::bytea || convert_to(mission, 'UTF8') || '\x00'::bytea END
    || CASE WHEN personnel_category IS NULL THEN '\x01'::bytea
        ELSE '\x00'::bytea || convert_to(personnel_category, 'UTF8') || '\x00'::bytea END
    || CASE WHEN nationality IS NULL THEN '\x01'::bytea
        ELSE '\x00'::bytea || convert_to(nationality, 'UTF8') || '\x00'::bytea END
    || CASE WHEN allegation_type IS NULL THEN '\x01'::bytea
        ELSE '\x00'::bytea || convert_to(allegation_type, 'UTF8') || '\x00'::bytea END
    || CASE WHEN disclosure_order IS NULL THEN '\x01'::bytea ELSE '\x00'::bytea || disclosure_order END;

ALTER TABLE public_allegation ADD COLUMN public_key BYTEA;
UPDATE public_allegation SET public_key = public_order_key(received_year, received_month, mission, personnel_category,
    nationality, allegation_type, disclosure_order);
ALTER TABLE public_allegation ALTER COLUMN public_key SET NOT NULL;

CREATE INDEX public_allegation_by_key ON public_allegation (public_key) WHERE disclosed;

-- A view keeps the columns it was created with: it is made again without the composite position.
DROP VIEW disclosed_allegation;
ALTER TABLE public_allegation DROP COLUMN public_position;
DROP TYPE public_position;
CREATE VIEW disclosed_allegation AS SELECT * FROM public_allegation WHERE disclosed;
