-- The chain is extended after commit instead of inside each append: the trigger's lock, held until commit, made
-- concurrent appends wait for one another. Appends now draw their global index from the sequence as Axon expects and
-- never wait; event_chain_extend, called often by one service instance at a time, chains what has been committed
-- since, in global index order. Links, digests and the rows chained by the trigger are unchanged.
--
-- A transaction still in flight leaves a gap below events committed after it. Like Axon's tracking processors, the
-- chain waits for a gap until a grace has passed since it was first seen, then passes over it; an event that appears
-- in a gap passed over is never chained, and the verifier reports it as inserted.

DROP TRIGGER event_chain_on_append ON domainevententry;
DROP FUNCTION event_chain_on_append();

ALTER TABLE domainevententry ALTER COLUMN globalindex SET DEFAULT nextval('domainevententry_globalindex_seq'::regclass);

-- Gaps the chain waits for, each named by the committed event just after it, with when it was first seen.
CREATE TABLE event_chain_gap (
    before_index BIGINT      PRIMARY KEY,
    seen_at      TIMESTAMPTZ NOT NULL
);

-- Chains at most max_events committed events after the newest chained one, waiting at a gap until gap_grace has
-- passed since it was first seen. Returns how many it chained; 0 at once when another session is extending.
CREATE FUNCTION event_chain_extend(max_events INTEGER, gap_grace INTERVAL) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    head_index   BIGINT;
    head_link    BYTEA;
    event        domainevententry%ROWTYPE;
    event_digest BYTEA;
    new_link     BYTEA;
    first_seen   TIMESTAMPTZ;
    chained      INTEGER := 0;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('event_chain')) THEN
        RETURN 0;
    END IF;
    SELECT globalindex, link INTO head_index, head_link FROM event_chain ORDER BY globalindex DESC LIMIT 1;
    FOR event IN SELECT * FROM domainevententry WHERE globalindex > coalesce(head_index, 0)
                 ORDER BY globalindex LIMIT max_events LOOP
        IF event.globalindex > coalesce(head_index, 0) + 1 THEN
            INSERT INTO event_chain_gap (before_index, seen_at) VALUES (event.globalindex, clock_timestamp())
                ON CONFLICT (before_index) DO NOTHING;
            SELECT seen_at INTO first_seen FROM event_chain_gap WHERE before_index = event.globalindex;
            EXIT WHEN first_seen + gap_grace > clock_timestamp();
        END IF;
        event_digest := event_chain_digest(event);
        new_link := sha256(coalesce(head_link, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
                           || int8send(event.globalindex) || event_digest);
        INSERT INTO event_chain (globalindex, previousindex, aggregateidentifier, sequencenumber, digest, link)
        VALUES (event.globalindex, head_index, event.aggregateidentifier, event.sequencenumber, event_digest, new_link);
        head_index := event.globalindex;
        head_link := new_link;
        chained := chained + 1;
    END LOOP;
    DELETE FROM event_chain_gap WHERE before_index <= head_index;
    RETURN chained;
END
$$;
