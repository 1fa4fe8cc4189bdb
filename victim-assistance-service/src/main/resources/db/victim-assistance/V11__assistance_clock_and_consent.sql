-- The first-contact clock and the latest consent change of each victim, beside the victim's row.
ALTER TABLE victim_view
    ADD COLUMN consent_changed_at         TIMESTAMP WITH TIME ZONE,
    ADD COLUMN first_contact_started_at   TIMESTAMP WITH TIME ZONE,
    ADD COLUMN first_contact_due_at       TIMESTAMP WITH TIME ZONE,
    ADD COLUMN first_contact_stopped_at   TIMESTAMP WITH TIME ZONE,
    ADD COLUMN first_contact_met          BOOLEAN,
    ADD COLUMN first_contact_breached_at  TIMESTAMP WITH TIME ZONE;

-- Each need of a victim: open until assistance for it is delivered. Projected from the event store.
CREATE TABLE victim_need_view (
    need_id       VARCHAR(64)              PRIMARY KEY,
    victim_id     VARCHAR(64)              NOT NULL,
    kind          VARCHAR(16)              NOT NULL,
    identified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    met_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX victim_need_view_victim ON victim_need_view (victim_id, identified_at);
CREATE INDEX victim_need_view_open ON victim_need_view (identified_at) WHERE met_at IS NULL;

-- Each referral of a victim to a provider (an organisation) and its outcome.
CREATE TABLE victim_referral_view (
    referral_id  VARCHAR(64)              PRIMARY KEY,
    victim_id    VARCHAR(64)              NOT NULL,
    need_id      VARCHAR(64)              NOT NULL,
    kind         VARCHAR(16)              NOT NULL,
    provider     VARCHAR(200)             NOT NULL,
    referred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at TIMESTAMP WITH TIME ZONE,
    declined_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX victim_referral_view_victim ON victim_referral_view (victim_id, referred_at);

-- Paternity and child-support claims, their current status and every status they took.
CREATE TABLE paternity_claim_view (
    claim_id   VARCHAR(64)              PRIMARY KEY,
    victim_id  VARCHAR(64)              NOT NULL,
    status     VARCHAR(32)              NOT NULL,
    filed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX paternity_claim_view_victim ON paternity_claim_view (victim_id, filed_at);

CREATE TABLE paternity_claim_status_view (
    event_id    VARCHAR(255)             PRIMARY KEY,
    claim_id    VARCHAR(64)              NOT NULL,
    status      VARCHAR(32)              NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX paternity_claim_status_view_claim ON paternity_claim_status_view (claim_id, recorded_at);

-- Which victims of a case consent to share with investigators, kept by the Kafka publication so it
-- can publish how many consent (never who). Written in the publication's own transaction.
CREATE TABLE consenting_victim (
    victim_id      VARCHAR(64) PRIMARY KEY,
    case_reference VARCHAR(20) NOT NULL,
    consenting     BOOLEAN     NOT NULL
);
CREATE INDEX consenting_victim_case ON consenting_victim (case_reference) WHERE consenting;
