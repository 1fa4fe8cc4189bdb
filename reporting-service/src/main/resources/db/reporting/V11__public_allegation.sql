-- One row per allegation with only what the public may see (a projection of received_event).
-- Nationality is stored only for uniformed personnel, so no query can disclose any other.
-- classification_ranks records which stage of the process each classifying field came from, so
-- that a late event of an earlier stage never overwrites a later stage's value.
CREATE TABLE public_allegation (
    case_reference                  VARCHAR(64)              PRIMARY KEY,
    received_year                   INTEGER,
    received_month                  SMALLINT,
    received_at                     TIMESTAMP WITH TIME ZONE,
    mission                         VARCHAR(64),
    personnel_category              VARCHAR(64),
    nationality                     VARCHAR(64),
    allegation_type                 VARCHAR(64),
    victim_count                    INTEGER,
    minor_involved                  BOOLEAN,
    investigating_entity            VARCHAR(64),
    status                          VARCHAR(32)              NOT NULL,
    classification_ranks            JSONB                    NOT NULL,
    referred_at                     TIMESTAMP WITH TIME ZONE,
    investigation_opened_at         TIMESTAMP WITH TIME ZONE,
    evidence_preserved_at           TIMESTAMP WITH TIME ZONE,
    evidence_preserved_within_clock BOOLEAN,
    breached_clocks                 TEXT[]                   NOT NULL,
    victims_registered              INTEGER                  NOT NULL,
    minor_victims                   INTEGER                  NOT NULL,
    adult_victims                   INTEGER                  NOT NULL,
    unknown_age_victims             INTEGER                  NOT NULL
);
CREATE INDEX public_allegation_received ON public_allegation (received_year, received_month);
CREATE INDEX public_allegation_mission ON public_allegation (mission, received_year);
