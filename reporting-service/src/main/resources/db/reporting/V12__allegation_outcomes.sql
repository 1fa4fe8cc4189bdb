-- The outcome of each allegation: what the public table shows (finding, days taken, interim and
-- final actions, criminal referrals, paternity claims) and the clock outcomes the Council report
-- counts. Only the public reader decides which columns the public sees; the case reference and
-- the victims' pseudonymous ids in paternity_claims never leave the service.
ALTER TABLE public_allegation
    ADD COLUMN finding                    VARCHAR(32),
    ADD COLUMN days_taken                 BIGINT,
    ADD COLUMN completed_at               TIMESTAMP WITH TIME ZONE,
    ADD COLUMN investigation_within_clock BOOLEAN,
    ADD COLUMN closed_at                  TIMESTAMP WITH TIME ZONE,
    ADD COLUMN member_state_responded_at  TIMESTAMP WITH TIME ZONE,
    ADD COLUMN member_state_within_clock  BOOLEAN,
    ADD COLUMN nio_appointed_at           TIMESTAMP WITH TIME ZONE,
    ADD COLUMN nio_within_clock           BOOLEAN,
    ADD COLUMN interim_actions            TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN final_actions              TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN criminal_referrals         TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN paternity_claims           JSONB  NOT NULL DEFAULT '{}';
CREATE INDEX public_allegation_status ON public_allegation (status);
