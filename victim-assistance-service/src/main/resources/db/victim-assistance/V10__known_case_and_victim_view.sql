-- Every case intake has announced on its topic: victims are registered only against a case that exists.
-- Filled by the Kafka listener, idempotently, so it can be rebuilt by consuming the topic again.
CREATE TABLE known_case (
    case_reference VARCHAR(20)              PRIMARY KEY,
    mission        VARCHAR(32),
    received_at    TIMESTAMP WITH TIME ZONE,
    known_since    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Victim assistance officers' read model of victims, projected from the event store (can be dropped and replayed).
-- Personal data stays sealed here; it is opened only when an officer reads one victim, and is dropped on erasure.
CREATE TABLE victim_view (
    victim_id                VARCHAR(64)              PRIMARY KEY,
    case_reference           VARCHAR(20)              NOT NULL,
    age_group                VARCHAR(16)              NOT NULL,
    sex                      VARCHAR(16)              NOT NULL,
    share_with_investigators BOOLEAN                  NOT NULL,
    registered_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    sealed_name              TEXT,
    sealed_contact           TEXT,
    sealed_location          TEXT,
    personal_data_erased_at  TIMESTAMP WITH TIME ZONE,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX victim_view_case ON victim_view (case_reference, registered_at);
