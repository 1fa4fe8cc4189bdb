-- After every migration, run as the database's owner: the service's own role (placeholder servicerole, the
-- datasource user) may read and write what the service keeps (read models, tokens, dead letters, deadlines, keys),
-- but may only INSERT and SELECT its events and only SELECT their chain and its identity, which event_chain_extend writes as the owner.
-- Nothing is granted when the service migrates as the role it runs as (a development database without roles).
DO $$
DECLARE
    service_role TEXT := '${servicerole}';
BEGIN
    IF service_role = current_user THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), service_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), service_role);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON domainevententry, event_chain, event_chain_origin, event_chain_gap FROM %I', service_role);
    EXECUTE format('REVOKE INSERT ON event_chain, event_chain_origin, event_chain_gap FROM %I', service_role);
END
$$;
