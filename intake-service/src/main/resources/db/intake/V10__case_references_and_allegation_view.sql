-- Case references ALG-YYYY-NNNNNN are numbered per year; intake alone hands them out.
CREATE TABLE case_reference_counter (
    year        INTEGER PRIMARY KEY,
    last_number INTEGER NOT NULL
);

-- Staff's read model of allegations, projected from the event store (can be dropped and replayed).
-- Personal data stays sealed here too; it is opened only when a staff member reads one allegation.
CREATE TABLE allegation_view (
    case_reference       VARCHAR(20)              PRIMARY KEY,
    status               VARCHAR(32)              NOT NULL,
    mission              VARCHAR(32)              NOT NULL,
    channel              VARCHAR(32)              NOT NULL,
    language             VARCHAR(16),
    received_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    incident_date        DATE,
    personnel_category   VARCHAR(16),
    nationality          VARCHAR(3),
    victim_count         INTEGER,
    minor_involved       BOOLEAN,
    anonymous            BOOLEAN                  NOT NULL,
    subject_id           VARCHAR(64)              NOT NULL,
    sealed_description   TEXT,
    sealed_location      TEXT,
    sealed_complainant_name    TEXT,
    sealed_complainant_contact TEXT,
    allegation_type      VARCHAR(32),
    sea_category         VARCHAR(32),
    contingent_unit      VARCHAR(64),
    priority             VARCHAR(16),
    investigating_entity VARCHAR(16),
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX allegation_view_status ON allegation_view (status, received_at);
CREATE INDEX allegation_view_mission ON allegation_view (mission, received_at);
