-- What decides whether an allegation has a public row, and where that row sorts.
-- assessed: intake has classified the allegation (its assessment, referral or the investigation it led to arrived).
-- closure_reason: why intake closed it, if it did. disclosed: the projection's verdict from both, so that every
-- public query reads one flag. disclosure_order: a keyed hash of the case reference under a server secret; it breaks
-- ties between rows equal in every disclosed field without revealing the order of receipt.
ALTER TABLE public_allegation
    ADD COLUMN assessed          BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN closure_reason    VARCHAR(32),
    ADD COLUMN disclosed         BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN disclosure_order  BYTEA;

-- Until the rebuild that follows an upgrade: rows typed by intake (the allegation type comes from the assessment on)
-- stay public, and no category or nationality from the complaint alone stays stored.
UPDATE public_allegation SET assessed = coalesce((classification_ranks ->> 'ALLEGATION_TYPE')::int, 0) >= 2;
UPDATE public_allegation SET disclosed = assessed;
UPDATE public_allegation SET nationality = NULL, classification_ranks = classification_ranks - 'NATIONALITY'
    WHERE coalesce((classification_ranks ->> 'NATIONALITY')::int, 0) < 2;
UPDATE public_allegation SET personnel_category = NULL, classification_ranks = classification_ranks - 'PERSONNEL_CATEGORY'
    WHERE coalesce((classification_ranks ->> 'PERSONNEL_CATEGORY')::int, 0) < 2;

-- The public reads this view only: rows not disclosed do not exist for it.
CREATE VIEW disclosed_allegation AS SELECT * FROM public_allegation WHERE disclosed;

-- The public order, which pages and streams follow.
CREATE INDEX public_allegation_public_order ON public_allegation (received_year, received_month, mission,
    personnel_category, nationality, allegation_type, disclosure_order) WHERE disclosed;
