-- Tamper-evident history: every stored event is chained to the one before it, in global index order.
--
--   digest = SHA-256 of the event's stored columns, each length-prefixed (event_chain_field), sequence as 8 bytes
--   link   = SHA-256(previous link || global index as 8 bytes || digest); the first event's previous link is 32 zero bytes
--
-- The chain row also keeps where the event stood (aggregate, sequence) and which global index came before it, so a
-- verifier can tell a changed event from a reordered, missing or inserted one. Rows are written by a trigger, never by
-- the service: the trigger function runs as its owner (SECURITY DEFINER), so the service's own role needs no right on
-- event_chain beyond reading it.
--
-- Appends are serialised by a transaction-level advisory lock taken in the trigger, and the global index is drawn
-- from its sequence under that lock: global index order is then commit order, each link can be computed from the
-- newest one at once, and event processors see no gaps from transactions still in flight.

CREATE TABLE event_chain (
    globalindex         BIGINT       PRIMARY KEY,
    previousindex       BIGINT,
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    digest              BYTEA        NOT NULL,
    link                BYTEA        NOT NULL
);

-- The identity of this chain, drawn once: checkpoints published of it name it, so those of another store (another
-- environment, a test database) are never taken for this one's.
CREATE TABLE event_chain_origin (
    chain      UUID        PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO event_chain_origin (chain) VALUES (gen_random_uuid());

CREATE FUNCTION event_chain_field(value BYTEA) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN value IS NULL THEN int4send(-1) ELSE int4send(length(value)) || value END $$;

CREATE FUNCTION event_chain_text(value TEXT) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT event_chain_field(convert_to(value, 'UTF8')) $$;

CREATE FUNCTION event_chain_digest(event domainevententry) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT sha256(event_chain_text(event.eventidentifier)
               || event_chain_text(event.aggregateidentifier)
               || int8send(event.sequencenumber)
               || event_chain_text(event.type)
               || event_chain_text(event.payloadtype)
               || event_chain_text(event.payloadrevision)
               || event_chain_text(event."timestamp")
               || event_chain_field(event.payload)
               || event_chain_field(event.metadata))
$$;

-- Appends the event to the chain; the caller holds the chain lock.
CREATE FUNCTION event_chain_append(event domainevententry) RETURNS VOID
    LANGUAGE plpgsql
AS $$
DECLARE
    newest event_chain%ROWTYPE;
    event_digest BYTEA := event_chain_digest(event);
BEGIN
    SELECT * INTO newest FROM event_chain ORDER BY globalindex DESC LIMIT 1;
    INSERT INTO event_chain (globalindex, previousindex, aggregateidentifier, sequencenumber, digest, link)
    VALUES (event.globalindex, newest.globalindex, event.aggregateidentifier, event.sequencenumber, event_digest,
            sha256(coalesce(newest.link, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
                   || int8send(event.globalindex) || event_digest));
END
$$;

CREATE FUNCTION event_chain_on_append() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('event_chain'));
    NEW.globalindex := nextval(pg_get_serial_sequence('domainevententry', 'globalindex'));
    PERFORM event_chain_append(NEW);
    RETURN NEW;
END
$$;

-- The trigger draws the index under the lock; a default drawn before it would leave a gap at every append.
ALTER TABLE domainevententry ALTER COLUMN globalindex DROP DEFAULT;

CREATE TRIGGER event_chain_on_append BEFORE INSERT ON domainevententry
    FOR EACH ROW EXECUTE FUNCTION event_chain_on_append();

-- Events stored before the chain existed are chained now, in global index order.
DO $$
DECLARE
    event domainevententry%ROWTYPE;
BEGIN
    FOR event IN SELECT * FROM domainevententry ORDER BY globalindex LOOP
        PERFORM event_chain_append(event);
    END LOOP;
END
$$;
