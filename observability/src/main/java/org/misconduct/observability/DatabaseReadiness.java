package org.misconduct.observability;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.jdbc.DataSourceHealthIndicator;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;

/**
 * Whether the service's database answers, asked on one connection kept for this check alone (opened when first
 * asked, closed after ten minutes unused), so that no request holding the service's connections delays the answer.
 */
final class DatabaseReadiness implements HealthIndicator, AutoCloseable {

    /** Within the probes' patience: the orchestrator's probe gives up after a second or a few. */
    private static final Duration CONNECTION_WAIT = Duration.ofSeconds(2);
    /** Hikari's own check of the kept connection before handing it out, 5 s unless told. */
    private static final Duration VALIDATION_WAIT = Duration.ofSeconds(1);
    /** How long an answer from the database may take before the connection counts as broken. */
    private static final Duration SOCKET_WAIT = Duration.ofSeconds(5);

    private final HikariDataSource connection;
    private final DataSourceHealthIndicator check;

    DatabaseReadiness(DataSourceProperties dataSource) {
        connection = dataSource.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        connection.setPoolName("readiness");
        connection.setMaximumPoolSize(1);
        connection.setMinimumIdle(0);
        connection.setConnectionTimeout(CONNECTION_WAIT.toMillis());
        connection.setValidationTimeout(VALIDATION_WAIT.toMillis());
        // PostgreSQL's driver: the check asks the connection with no time limit of its own, so the socket sets one.
        connection.addDataSourceProperty("connectTimeout", Long.toString(CONNECTION_WAIT.toSeconds()));
        connection.addDataSourceProperty("socketTimeout", Long.toString(SOCKET_WAIT.toSeconds()));
        check = new DataSourceHealthIndicator(connection);
    }

    @Override
    public Health health() {
        return check.health();
    }

    @Override
    public void close() {
        connection.close();
    }
}
