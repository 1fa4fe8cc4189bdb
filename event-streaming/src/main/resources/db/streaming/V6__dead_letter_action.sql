-- What operators did with a dead letter (Kafka record or event-processor letter): retried, retry failed, discarded;
-- who and why. Never the letter's content.
CREATE TABLE dead_letter_action (
    id        BIGSERIAL     PRIMARY KEY,
    letter_id VARCHAR(512)  NOT NULL,
    action    VARCHAR(32)   NOT NULL,
    acted_by  VARCHAR(255)  NOT NULL,
    reason    VARCHAR(1000),
    acted_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX dead_letter_action_letter ON dead_letter_action (letter_id);
