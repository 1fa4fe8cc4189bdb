-- Measures, payments and actions the Council report adds up, one row per published event (keyed by
-- its CloudEvent id, so a replayed or redelivered event adds nothing). Projections of received_event.
CREATE TABLE interim_measure (
    event_id       VARCHAR(255)             PRIMARY KEY,
    case_reference VARCHAR(64)              NOT NULL,
    measure_id     VARCHAR(255),
    kind           VARCHAR(64),
    amount         NUMERIC(19, 4),
    currency       VARCHAR(3),
    taken_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX interim_measure_case ON interim_measure (case_reference);

CREATE TABLE trust_fund_transfer (
    event_id       VARCHAR(255)             PRIMARY KEY,
    case_reference VARCHAR(64)              NOT NULL,
    measure_id     VARCHAR(255),
    amount         NUMERIC(19, 4),
    currency       VARCHAR(3),
    transferred_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX trust_fund_transfer_case ON trust_fund_transfer (case_reference);

CREATE TABLE final_action (
    event_id       VARCHAR(255)             PRIMARY KEY,
    case_reference VARCHAR(64)              NOT NULL,
    kind           VARCHAR(64),
    actor          VARCHAR(32),
    taken_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX final_action_case ON final_action (case_reference);

-- Contingent-level: keyed by contingent, naming the cases that led to the decision.
CREATE TABLE contingent_repatriation (
    event_id        VARCHAR(255)             PRIMARY KEY,
    contingent_id   VARCHAR(255)             NOT NULL,
    mission         VARCHAR(64),
    nationality     VARCHAR(64),
    case_references TEXT[]                   NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE
);
