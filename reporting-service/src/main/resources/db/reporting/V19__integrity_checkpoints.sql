-- Every checkpoint of the services' event chains reporting received: a copy of the witness outside Kafka, under
-- reporting's own credentials. Kept for ever; one row per published checkpoint (its CloudEvent id).
CREATE TABLE integrity_checkpoint (
    event_id        VARCHAR(255) PRIMARY KEY,
    source          VARCHAR(255) NOT NULL,
    chain           VARCHAR(64)  NOT NULL,
    global_index    BIGINT       NOT NULL,
    link            VARCHAR(64)  NOT NULL,
    event_count     BIGINT       NOT NULL,
    checkpoint_time TIMESTAMPTZ  NOT NULL,
    received_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX integrity_checkpoint_newest ON integrity_checkpoint (source, received_at DESC);
