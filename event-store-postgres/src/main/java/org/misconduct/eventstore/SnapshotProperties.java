package org.misconduct.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When an aggregate that lives long is snapshotted ({@code misconduct.event-store.snapshots.*}).
 *
 * @param every events an aggregate may gather after its last snapshot before the next one is taken: loading it reads
 *              the snapshot and at most this many events, instead of its whole history
 */
@ConfigurationProperties("misconduct.event-store.snapshots")
public record SnapshotProperties(@DefaultValue("100") int every) {

    public SnapshotProperties {
        if (every < 1) {
            throw new IllegalArgumentException("misconduct.event-store.snapshots.every must be at least 1");
        }
    }
}
