-- Published events this service's Kafka consumers have already handled: delivery is at least
-- once, so a CloudEvent id seen before is skipped.
CREATE TABLE processed_event (
    event_id     VARCHAR(255)             NOT NULL,
    consumer     VARCHAR(255)             NOT NULL,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (event_id, consumer)
);
