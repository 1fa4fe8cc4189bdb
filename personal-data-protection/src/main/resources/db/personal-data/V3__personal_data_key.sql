-- One data key per person (complainant, victim), wrapped by the deployment's key-encryption key.
-- Erasure destroys the wrapped key and keeps the row, so the person reads as erased, not unknown,
-- and no new key can be made for them.
CREATE TABLE personal_data_key (
    subject_id  VARCHAR(64)              PRIMARY KEY,
    wrapped_key BYTEA,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at   TIMESTAMP WITH TIME ZONE,
    CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL))
);
