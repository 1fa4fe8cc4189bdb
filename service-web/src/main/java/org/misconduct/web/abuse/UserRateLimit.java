package org.misconduct.web.abuse;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.ConsumptionProbe;

/**
 * A limit per authenticated user on an operation whose answers are worth harvesting one by one (such as screening a
 * person against case records): the same token buckets as the public limits, keyed by user name instead of address.
 * A service calls {@link #spend} in its handler, once the caller is known; kept in memory per instance.
 */
public final class UserRateLimit {

    private final ClientBuckets buckets;

    public UserRateLimit(Allowance allowance, int trackedUsers, Clock clock) {
        this.buckets = new ClientBuckets(allowance, trackedUsers, clock);
    }

    /** @throws TooManyRequests when the user has spent the allowance; the request must then do nothing */
    public void spend(String username) {
        ConsumptionProbe probe = buckets.take(username);
        if (!probe.isConsumed()) {
            throw new TooManyRequests(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(
                    probe.getNanosToWaitForRefill() + TimeUnit.SECONDS.toNanos(1) - 1)));
        }
    }
}
