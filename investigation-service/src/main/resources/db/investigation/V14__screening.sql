-- Screening records (projected; can be replayed): blind indexes of subjects' identifiers under a keyed hash of the
-- subject's id, with the kind and year of the record. No name, identifier or case reference.
CREATE TABLE screening_record (
    subject_key VARCHAR(64) NOT NULL,
    blind_index VARCHAR(64) NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    year        INTEGER     NOT NULL,
    PRIMARY KEY (subject_key, blind_index)
);
CREATE INDEX screening_record_blind_index ON screening_record (blind_index);

-- The auditors' list of screening checks (projected; can be replayed).
CREATE TABLE screening_check_log (
    check_id      VARCHAR(36)              PRIMARY KEY,
    checked_by    VARCHAR(255)             NOT NULL,
    checked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    purpose       VARCHAR(20)              NOT NULL,
    outcome       VARCHAR(20)              NOT NULL,
    records_found INTEGER                  NOT NULL
);
CREATE INDEX screening_check_log_checked_at ON screening_check_log (checked_at DESC);
