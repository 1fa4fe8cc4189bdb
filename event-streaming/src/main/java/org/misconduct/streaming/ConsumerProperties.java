package org.misconduct.streaming;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How consumers retry a record that failed for a transient reason (database or broker away). They retry without
 * limit: only poison is set aside.
 *
 * @param firstRetryInterval the pause before the first retry; each next pause doubles
 * @param maxRetryInterval   the longest pause between retries, well under {@code max.poll.interval.ms}
 */
@ConfigurationProperties("misconduct.consumers")
public record ConsumerProperties(@DefaultValue("PT0.5S") Duration firstRetryInterval,
                                 @DefaultValue("PT30S") Duration maxRetryInterval) {
}
