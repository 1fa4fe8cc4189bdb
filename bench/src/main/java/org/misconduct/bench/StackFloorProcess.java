package org.misconduct.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.misconduct.bench.floor.StackFloor;
import org.misconduct.local.LocalPostgres;

/**
 * {@link StackFloor} in a JVM of its own, as a service runs, on the benchmark's classpath, storing into the database of
 * pgbench's inserts; ready once a submission is answered 201.
 */
final class StackFloorProcess implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final URI submissions;
    private final Path log;

    private StackFloorProcess(Process process, URI submissions, Path log) {
        this.process = process;
        this.submissions = submissions;
        this.log = log;
    }

    static StackFloorProcess start(LocalPostgres postgres, String database, Path logDirectory, String body) throws Exception {
        int port = Ports.freePair();
        Files.createDirectories(logDirectory);
        Path log = logDirectory.resolve("stack-floor.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StackFloor.class.getName())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(database));
        builder.environment().put("SPRING_DATASOURCE_USERNAME", postgres.username());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", postgres.password() == null ? "" : postgres.password());
        builder.environment().put("JAVA_TOOL_OPTIONS", ServiceJvm.options("stack-floor"));
        StackFloorProcess floor = new StackFloorProcess(builder.start(), URI.create("http://127.0.0.1:" + port + "/api/v1/complaints"), log);
        floor.awaitReady(body);
        return floor;
    }

    URI submissions() {
        return submissions;
    }

    private void awaitReady(String body) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long giveUpAt = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < giveUpAt) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The stack's floor ended at start-up; see " + log);
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(submissions).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 201) {
                    return;
                }
                throw new IllegalStateException("The stack's floor answered " + status + " to a complaint; see " + log);
            } catch (IOException notListeningYet) {
                process.waitFor(250, TimeUnit.MILLISECONDS);
            }
        }
        close();
        throw new IllegalStateException("The stack's floor was not ready within " + STARTUP_TIMEOUT + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
