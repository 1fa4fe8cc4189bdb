package org.misconduct.testinfra;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh database migrated by the service's own Flyway scripts, for tests that call projections and stores directly. */
public final class MigratedDatabase {

    private MigratedDatabase() {
    }

    /** @param flywayLocations the migration locations of the service, as in its {@code spring.flyway.locations} */
    public static JdbcTemplate of(String databaseName, String... flywayLocations) {
        PostgresDatabase database = TestInfrastructure.postgres(databaseName);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
        // Migrated and used by the administrator: no service role to grant anything to.
        Flyway.configure().dataSource(dataSource).locations(flywayLocations)
                .placeholders(java.util.Map.of("servicerole", database.username())).load().migrate();
        return new JdbcTemplate(dataSource);
    }
}
