package org.misconduct.victimassistance;

import org.misconduct.testinfra.MigratedDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** A migrated database of the service's schema for projection tests that call handlers directly. */
public final class ProjectionDatabase {

    private ProjectionDatabase() {
    }

    public static JdbcTemplate migrated(String databaseName) {
        return MigratedDatabase.of(databaseName,
                "classpath:db/axon", "classpath:db/streaming", "classpath:db/personal-data", "classpath:db/victim-assistance");
    }
}
