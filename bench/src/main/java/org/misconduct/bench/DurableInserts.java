package org.misconduct.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.misconduct.local.LocalPostgres;

/**
 * PostgreSQL's own rate of durable single-row inserts on this machine (pgbench, one committed INSERT per transaction,
 * synchronous commit as configured): the ceiling a service that commits once per request is measured against.
 */
final class DurableInserts {

    private static final String DATABASE = "bench_durable_inserts" + System.getenv().getOrDefault("MISCONDUCT_TEST_DATABASE_SUFFIX", "");
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final LocalPostgres postgres;
    private final Path script;

    DurableInserts(LocalPostgres postgres) throws IOException, SQLException {
        this.postgres = postgres;
        postgres.recreateDatabase(DATABASE);
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.username(), postgres.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE durable_insert (id BIGSERIAL PRIMARY KEY, body TEXT NOT NULL, at TIMESTAMPTZ NOT NULL DEFAULT now())");
        }
        script = Files.createTempFile("durable-insert", ".sql");
        // About the size of a registered complaint's event row.
        Files.writeString(script, "INSERT INTO durable_insert (body) VALUES (repeat('x', 1500));\n", StandardCharsets.UTF_8);
    }

    double perSecond(int concurrency, Duration duration) throws IOException, InterruptedException {
        List<String> command = List.of("pgbench", "-n", "-h", postgres.host(), "-p", Integer.toString(postgres.port()),
                "-U", postgres.username(), "-c", Integer.toString(concurrency), "-j", Integer.toString(Math.min(concurrency, 2)),
                "-T", Long.toString(duration.toSeconds()), "-f", script.toString(), DATABASE);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", postgres.password() == null ? "" : postgres.password());
        Process pgbench = builder.start();
        String output = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (pgbench.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed: " + output);
        }
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no rate: " + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    String database() {
        return DATABASE;
    }

    void drop() {
        postgres.dropDatabase(DATABASE);
    }
}
