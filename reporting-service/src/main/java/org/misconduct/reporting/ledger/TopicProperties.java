package org.misconduct.reporting.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this service declares the topics it reads when it is the first to create them.
 *
 * @param partitions  partitions of each topic (never reduced on an existing topic); unset, one per processor segment
 *                    as the publishers declare them ({@code misconduct.scale-out.segments})
 * @param replicas    replication factor of each topic
 * @param retentionMs how long the broker keeps records; -1 keeps them for ever, which the rebuild of a
 *                    ledger lost with its database depends on
 */
@ConfigurationProperties("misconduct.reporting.topics")
public record TopicProperties(Integer partitions, @DefaultValue("1") short replicas,
                              @DefaultValue("-1") long retentionMs) {
}
