package org.misconduct.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/** A fixed number of clients, each sending its next request as soon as its last one is answered, for a fixed time. */
final class LoadRun {

    /** One request; true when the system answered as it should. */
    interface Request {
        boolean send() throws Exception;
    }

    record Result(int concurrency, long succeeded, long failed, double perSecond, double p50Millis, double p99Millis) {

        String figures() {
            return "c=%d %.1f/s p50 %.1f ms p99 %.1f ms%s".formatted(concurrency, perSecond, p50Millis, p99Millis,
                    failed == 0 ? "" : " (" + failed + " failed)");
        }
    }

    private LoadRun() {
    }

    static Result run(int concurrency, Duration duration, Request request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        long startedAt = System.nanoTime();
        long endAt = startedAt + duration.toNanos();
        List<Callable<Client>> tasks = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            tasks.add(() -> new Client().until(endAt, request));
        }
        Histogram latencies = new Histogram(TimeUnit.MINUTES.toNanos(1), 3);
        long succeeded = 0;
        long failed = 0;
        try {
            for (Future<Client> done : clients.invokeAll(tasks)) {
                Client client = done.get();
                latencies.add(client.latencies);
                succeeded += client.succeeded;
                failed += client.failed;
            }
        } finally {
            clients.shutdownNow();
        }
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        return new Result(concurrency, succeeded, failed, succeeded / seconds,
                latencies.getValueAtPercentile(50) / 1e6, latencies.getValueAtPercentile(99) / 1e6);
    }

    private static final class Client {
        private final Histogram latencies = new Histogram(TimeUnit.MINUTES.toNanos(1), 3);
        private long succeeded;
        private long failed;

        Client until(long endAt, Request request) {
            while (System.nanoTime() < endAt) {
                long sentAt = System.nanoTime();
                boolean ok;
                try {
                    ok = request.send();
                } catch (Exception e) {
                    ok = false;
                }
                if (ok) {
                    latencies.recordValue(Math.min(System.nanoTime() - sentAt, latencies.getHighestTrackableValue()));
                    succeeded++;
                } else {
                    failed++;
                }
            }
            return this;
        }
    }
}
