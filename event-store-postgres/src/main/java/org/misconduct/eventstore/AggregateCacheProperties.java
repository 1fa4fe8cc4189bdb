package org.misconduct.eventstore;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long, and how many of each type, a service keeps aggregates in memory between commands
 * ({@code misconduct.event-store.aggregate-cache.*}).
 *
 * @param idle    how long an aggregate no command touched is kept: an aggregate is commanded in bursts (a complaint
 *                assessed, referred and told its investigation opened within moments), and one let go is read from its
 *                events when next needed
 * @param entries aggregates of one type kept at most, a bound on memory that the idle time keeps from being reached
 *                at the rates a service is built for; beyond it the cache lets go of those it expects least to be
 *                asked for again
 */
@ConfigurationProperties("misconduct.event-store.aggregate-cache")
public record AggregateCacheProperties(@DefaultValue("PT2M") Duration idle, @DefaultValue("10000") int entries) {

    public AggregateCacheProperties {
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("misconduct.event-store.aggregate-cache.idle must be positive");
        }
        if (entries < 1) {
            throw new IllegalArgumentException("misconduct.event-store.aggregate-cache.entries must be at least 1");
        }
    }
}
