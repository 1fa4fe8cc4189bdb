-- The follow-through beyond the investigation: what became of each criminal referral (its latest outcome, by authority,
-- as JSON, and the public form AUTHORITY:STATUS), the Member State's action on a SUBSTANTIATED finding, the notification
-- of non-UN forces, and each victim's first contact (victim id -> within its clock), with the earliest report of each.
ALTER TABLE public_allegation
    ADD COLUMN criminal_referral_outcomes       JSONB   NOT NULL DEFAULT '{}'::jsonb,
    ADD COLUMN criminal_referral_statuses       TEXT[]  NOT NULL DEFAULT '{}',
    ADD COLUMN member_state_action_recorded_at  TIMESTAMPTZ,
    ADD COLUMN member_state_action_within_clock BOOLEAN,
    ADD COLUMN non_un_notified_at               TIMESTAMPTZ,
    ADD COLUMN non_un_notification_within_clock BOOLEAN,
    ADD COLUMN victims_first_contact            JSONB   NOT NULL DEFAULT '{}'::jsonb;

-- A view keeps the columns it was created with: the public reads the new status too.
CREATE OR REPLACE VIEW disclosed_allegation AS SELECT * FROM public_allegation WHERE disclosed;
