-- Files (complaint attachments, evidence files) as the file store keeps them: metadata here, bytes sealed under a
-- key of their own that is itself sealed under the owner's personal-data key (the complainant's or the case file's).
-- Erasing the owner destroys the key that opens the file key, so the bytes can no longer be opened.
CREATE TABLE stored_file (
    file_id         VARCHAR(36)              PRIMARY KEY,
    container       VARCHAR(64)              NOT NULL,
    owner_subject   VARCHAR(64)              NOT NULL,
    sealed_key      TEXT                     NOT NULL,
    content_type    VARCHAR(255)             NOT NULL,
    size_bytes      BIGINT                   NOT NULL,
    sha256          CHAR(64)                 NOT NULL,
    received_sha256 CHAR(64)                 NOT NULL,
    stored_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX stored_file_container ON stored_file (container, stored_at);

-- The sealed bytes, in chunks, for deployments that keep files in the service's own database (the default).
CREATE TABLE stored_file_chunk (
    blob_key VARCHAR(64) NOT NULL,
    seq      INTEGER     NOT NULL,
    bytes    BYTEA       NOT NULL,
    PRIMARY KEY (blob_key, seq)
);
