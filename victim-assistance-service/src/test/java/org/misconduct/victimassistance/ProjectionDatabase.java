package org.misconduct.victimassistance;

import org.flywaydb.core.Flyway;
import org.misconduct.testinfra.PostgresDatabase;
import org.misconduct.testinfra.TestInfrastructure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A migrated database of the service's schema for projection tests that call handlers directly. */
public final class ProjectionDatabase {

    private ProjectionDatabase() {
    }

    public static JdbcTemplate migrated(String databaseName) {
        PostgresDatabase database = TestInfrastructure.postgres(databaseName);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/axon", "classpath:db/streaming", "classpath:db/personal-data", "classpath:db/victim-assistance")
                .load().migrate();
        return new JdbcTemplate(dataSource);
    }
}
