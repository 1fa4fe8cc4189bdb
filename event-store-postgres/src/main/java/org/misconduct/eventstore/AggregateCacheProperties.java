package org.misconduct.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many aggregates of each type a service keeps in memory between commands
 * ({@code misconduct.event-store.aggregate-cache.*}).
 *
 * @param entries aggregates of one type kept at most; the least recently used is let go first
 */
@ConfigurationProperties("misconduct.event-store.aggregate-cache")
public record AggregateCacheProperties(@DefaultValue("2000") int entries) {

    public AggregateCacheProperties {
        if (entries < 1) {
            throw new IllegalArgumentException("misconduct.event-store.aggregate-cache.entries must be at least 1");
        }
    }
}
