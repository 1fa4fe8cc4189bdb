-- What a complainant needs to follow their complaint up: the slow hash of the follow-up code and
-- the key their words are sealed under. Projected in the same transaction as the events (a
-- subscribing processor), so a complainant can follow up the moment they have their code.
CREATE TABLE complaint_access (
    case_reference      VARCHAR(20)              PRIMARY KEY,
    follow_up_code_hash VARCHAR(100)             NOT NULL,
    subject_id          VARCHAR(64)              NOT NULL,
    status              VARCHAR(32)              NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Messages between complainant and intake, sealed under the complainant's key.
CREATE TABLE complaint_message (
    event_id       VARCHAR(64)              PRIMARY KEY,
    case_reference VARCHAR(20)              NOT NULL,
    sender         VARCHAR(16)              NOT NULL,
    sent_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    sealed_text    TEXT                     NOT NULL
);
CREATE INDEX complaint_message_case ON complaint_message (case_reference, sent_at);

-- The first answer to a submission carrying an Idempotency-Key, kept for a day so a retry on a
-- bad network gets the same receipt. The receipt and the request's fingerprint are sealed under
-- the complainant's key: erasing the complainant makes them unreadable too.
CREATE TABLE complaint_idempotency (
    idempotency_key    VARCHAR(200)             PRIMARY KEY,
    subject_id         VARCHAR(64),
    case_reference     VARCHAR(20),
    sealed_fingerprint TEXT,
    sealed_follow_up_code TEXT,
    received_at        TIMESTAMP WITH TIME ZONE,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX complaint_idempotency_expiry ON complaint_idempotency (expires_at);

ALTER TABLE allegation_view
    ADD COLUMN closure_reason     VARCHAR(32),
    ADD COLUMN sealed_closure_note TEXT,
    ADD COLUMN non_un_authority   VARCHAR(200),
    ADD COLUMN non_un_notified_at TIMESTAMP WITH TIME ZONE;
