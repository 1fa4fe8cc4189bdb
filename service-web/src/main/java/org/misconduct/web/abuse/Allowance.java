package org.misconduct.web.abuse;

import java.time.Duration;

/**
 * How many requests one client may make in any period: a token bucket of {@code requests} tokens,
 * refilled gradually over {@code period}, so a client that waits gets its requests back bit by bit.
 */
public record Allowance(int requests, Duration period) {

    public Allowance {
        if (requests < 1) {
            throw new IllegalArgumentException("An allowance needs at least one request per period, not " + requests);
        }
        if (period == null || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("An allowance needs a positive period (ISO-8601, e.g. PT10M), not " + period);
        }
    }
}
