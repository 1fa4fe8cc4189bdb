package org.misconduct.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waiting for child processes to become usable, and telling why when they don't. */
public final class Readiness {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Readiness() {
    }

    public static void await(String what, Process process, Path logFile, Duration timeout, BooleanSupplier isReady) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isReady.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " exited with code " + process.exitValue()
                        + " before it was ready; see its log " + logFile);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException(what + " was not ready within " + timeout.toSeconds()
                        + " s; see its log " + logFile);
            }
            sleep(POLL_INTERVAL);
        }
    }

    static boolean acceptsConnections(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException notListening) {
            return false;
        }
    }

    static boolean answersOk(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYetAnswering) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + url, interrupted);
        }
    }

    public static void stop(Process process, Duration gracePeriod) {
        if (process == null || !process.isAlive()) {
            return;
        }
        // Wrapper scripts (kc.sh) forward the signal, but kill their children too in case they don't.
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(gracePeriod.toMillis(), TimeUnit.MILLISECONDS)) {
                descendants.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
            for (ProcessHandle descendant : descendants) {
                descendant.onExit().get(gracePeriod.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (Exception stillRunning) {
            descendants.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** The last lines of a log file, for error messages. */
    static String tail(Path logFile, int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException unreadable) {
            return "(cannot read " + logFile + ": " + unreadable.getMessage() + ")";
        }
    }

    public static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", interrupted);
        }
    }
}
