package org.misconduct.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.misconduct.bench.floor.StackFloor;
import org.misconduct.local.LocalPostgres;
import org.misconduct.local.Readiness;

/**
 * {@link StackFloor} in a JVM of its own, as a service runs, on the benchmark's classpath, storing into the database of
 * pgbench's inserts; ready once a submission is answered 201.
 */
final class StackFloorProcess implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final URI submissions;
    private final Path log;

    private StackFloorProcess(Process process, URI submissions, Path log) {
        this.process = process;
        this.submissions = submissions;
        this.log = log;
    }

    static StackFloorProcess start(LocalPostgres postgres, String database, Path logDirectory, String body) throws IOException {
        int port = Ports.freePair();
        Files.createDirectories(logDirectory);
        Path log = logDirectory.resolve("stack-floor.log");
        ProcessBuilder builder = new ProcessBuilder(Readiness.javaExecutable().toString(),
                "-cp", System.getProperty("java.class.path"), StackFloor.class.getName())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(database));
        builder.environment().put("SPRING_DATASOURCE_USERNAME", postgres.username());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", postgres.password() == null ? "" : postgres.password());
        builder.environment().put("JAVA_TOOL_OPTIONS", ServiceJvm.options("stack-floor"));
        StackFloorProcess floor = new StackFloorProcess(builder.start(), URI.create("http://127.0.0.1:" + port + "/api/v1/complaints"), log);
        try {
            Readiness.await("The stack's floor", floor.process, log, STARTUP_TIMEOUT, () -> floor.takes(body));
        } catch (RuntimeException notReady) {
            floor.close();
            throw notReady;
        }
        return floor;
    }

    URI submissions() {
        return submissions;
    }

    /** Whether a complaint is stored now: false while nothing listens yet, a failure for any answer but 201. */
    private boolean takes(String body) {
        HttpRequest request = HttpRequest.newBuilder(submissions).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 201) {
                throw new IllegalStateException("The stack's floor answered " + status + " to a complaint; see " + log);
            }
            return true;
        } catch (IOException notListeningYet) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the stack's floor", interrupted);
        }
    }

    @Override
    public void close() {
        Readiness.stop(process, SHUTDOWN_GRACE);
    }
}
