-- Every published event this service received, as it arrived, whether or not this version can
-- read its type. Projections are derived from it and can be dropped and rebuilt by replaying it
-- in sequence order; the ledger itself is never rebuilt.
CREATE TABLE received_event (
    event_id       VARCHAR(255)             PRIMARY KEY,
    sequence       BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    type           VARCHAR(255)             NOT NULL,
    source         VARCHAR(255)             NOT NULL,
    topic          VARCHAR(255)             NOT NULL,
    case_reference VARCHAR(64),
    occurred_at    TIMESTAMP WITH TIME ZONE,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    data           JSONB
);
CREATE INDEX received_event_case ON received_event (case_reference);
