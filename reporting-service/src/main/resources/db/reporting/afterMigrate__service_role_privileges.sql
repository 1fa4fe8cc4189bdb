-- After every migration, run as the database's owner: the service's own role (placeholder servicerole, the
-- datasource user) may read and write reporting's tables, which it rebuilds from Kafka, but not alter them.
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
END
$$;
