-- Investigators' read model, projected from the event store (can be dropped and replayed).
CREATE TABLE case_view (
    case_reference        VARCHAR(20)              PRIMARY KEY,
    mission               VARCHAR(32)              NOT NULL,
    allegation_type       VARCHAR(32)              NOT NULL,
    sea_category          VARCHAR(32),
    personnel_category    VARCHAR(16),
    nationality           VARCHAR(3),
    contingent_unit       VARCHAR(64),
    victim_count          INTEGER,
    minor_involved        BOOLEAN,
    priority              VARCHAR(16)              NOT NULL,
    investigating_entity  VARCHAR(16),
    assignee              VARCHAR(255),
    status                VARCHAR(32)              NOT NULL,
    received_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    referred_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    evidence_preserved_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX case_view_status ON case_view (status);

CREATE TABLE case_clock_view (
    case_reference VARCHAR(20)              NOT NULL REFERENCES case_view (case_reference) ON DELETE CASCADE,
    clock          VARCHAR(32)              NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    stopped_at     TIMESTAMP WITH TIME ZONE,
    breached       BOOLEAN                  NOT NULL DEFAULT FALSE,
    PRIMARY KEY (case_reference, clock)
);
CREATE INDEX case_clock_view_running_due ON case_clock_view (due_at) WHERE stopped_at IS NULL;
