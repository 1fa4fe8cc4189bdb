-- Conduct officers' read model of flagged contingents (projected; can be replayed).
CREATE TABLE contingent_flag_view (
    contingent_id   VARCHAR(64)              NOT NULL,
    reason          VARCHAR(40)              NOT NULL,
    mission         VARCHAR(32)              NOT NULL,
    nationality     VARCHAR(3)               NOT NULL,
    unit            VARCHAR(64)              NOT NULL,
    case_references TEXT                     NOT NULL,
    flagged_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    repatriated_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (contingent_id, reason)
);
CREATE INDEX contingent_flag_view_flagged_at ON contingent_flag_view (flagged_at DESC);
