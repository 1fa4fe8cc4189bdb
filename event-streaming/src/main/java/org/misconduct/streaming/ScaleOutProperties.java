package org.misconduct.streaming;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service's work is shared among its instances: each streaming event processor splits the event store into
 * {@code segments}, and each published topic has as many partitions, keyed by case reference, so per-case order holds
 * on both sides.
 *
 * @param segments           segments of every streaming event processor, and partitions of the service's topic when
 *                           this service creates it; more segments than instances lets every instance take a share
 * @param tokenClaimInterval how often a processor looks for segments no instance holds, and so how soon the segments of
 *                           a stopped instance are taken over
 * @param caughtUpPoll       how soon a processor that has read every event looks again for new ones; shorter is less
 *                           latency on every processor a complaint's path crosses, for a look at memory that often
 * @param batchSize          events a projection's segment handles at most in one transaction, storing its token once
 *                           for them: a processor that keeps up handles each event as it comes, one that has fallen
 *                           behind catches up with fewer commits; a failure rolls back and retries the whole batch
 */
@ConfigurationProperties("misconduct.scale-out")
public record ScaleOutProperties(@DefaultValue("4") int segments, @DefaultValue("PT5S") Duration tokenClaimInterval,
                                 @DefaultValue("PT0.1S") Duration caughtUpPoll, @DefaultValue("20") int batchSize) {

    public ScaleOutProperties {
        if (segments < 1) {
            throw new IllegalArgumentException("misconduct.scale-out.segments must be at least 1");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("misconduct.scale-out.batch-size must be at least 1");
        }
        if (caughtUpPoll.isNegative() || caughtUpPoll.isZero()) {
            throw new IllegalArgumentException("misconduct.scale-out.caught-up-poll must be positive");
        }
    }
}
