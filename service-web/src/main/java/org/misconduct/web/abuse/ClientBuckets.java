package org.misconduct.web.abuse;

import java.time.Clock;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * The token buckets of one limit, one per client, in a cache of bounded size. A bucket left alone for one period
 * is full again, so it is forgotten then at no loss. Beyond the bound, Caffeine's admission policy drops the
 * clients seen rarely before those seen often: a flood of fresh addresses mostly displaces itself, while a client
 * hammering the service keeps its emptied bucket.
 */
final class ClientBuckets {

    private final Allowance allowance;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    ClientBuckets(Allowance allowance, int trackedClients, Clock clock) {
        this.allowance = allowance;
        this.time = new ClockTime(clock);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(trackedClients)
                .expireAfterAccess(allowance.period())
                .ticker(time::currentTimeNanos)
                // Upkeep on the calling thread: cheap, and the bound holds at every request.
                .executor(Runnable::run)
                .build();
    }

    ConsumptionProbe take(String client) {
        return buckets.get(client, ignored -> Bucket.builder()
                .addLimit(limit -> limit.capacity(allowance.requests()).refillGreedy(allowance.requests(), allowance.period()))
                .withCustomTimePrecision(time)
                .build())
                .tryConsumeAndReturnRemaining(1);
    }

    long tracked() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    /** The injected clock as both the buckets' and the cache's time, so tests can move it. */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
