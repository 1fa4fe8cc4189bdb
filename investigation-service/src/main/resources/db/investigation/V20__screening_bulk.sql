-- Bulk screenings of a list of people (a contingent) and their outcomes by row, kept for the officer who asked until
-- they expire. Who asked, why, and per row the check's outcome: never an identifier of the people screened. Each
-- check is also recorded as a ScreeningChecked event, as a single check is.
CREATE TABLE screening_bulk_job (
    job_id        VARCHAR(36)              PRIMARY KEY,
    requested_by  VARCHAR(255)             NOT NULL,
    purpose       VARCHAR(20)              NOT NULL,
    total         INTEGER                  NOT NULL,
    done          INTEGER                  NOT NULL DEFAULT 0,
    failed        BOOLEAN                  NOT NULL DEFAULT FALSE,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    progressed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX screening_bulk_job_requested_at ON screening_bulk_job (requested_at);

CREATE TABLE screening_bulk_outcome (
    job_id     VARCHAR(36) NOT NULL REFERENCES screening_bulk_job (job_id) ON DELETE CASCADE,
    row_number INTEGER     NOT NULL,
    check_id   VARCHAR(36) NOT NULL,
    outcome    VARCHAR(20) NOT NULL,
    records    TEXT        NOT NULL,
    PRIMARY KEY (job_id, row_number)
);
