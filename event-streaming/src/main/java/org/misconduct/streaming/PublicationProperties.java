package org.misconduct.streaming;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where this service publishes its events.
 *
 * @param topic             the service's own topic
 * @param source            the CloudEvent {@code source} naming this service
 * @param partitions        partitions of the topic when this service creates it; unset, one per segment
 *                          ({@link ScaleOutProperties#segments()})
 * @param replicas          replication factor of the topic when this service creates it
 * @param sendTimeout       how long one attempt waits for the broker's acknowledgement
 * @param maxRetryInterval  the longest pause between attempts while the broker is unreachable
 */
@ConfigurationProperties("misconduct.publication")
public record PublicationProperties(
        String topic,
        URI source,
        Integer partitions,
        Short replicas,
        Duration sendTimeout,
        Duration maxRetryInterval) {

    public PublicationProperties {
        replicas = replicas == null ? 1 : replicas;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        maxRetryInterval = maxRetryInterval == null ? Duration.ofSeconds(2) : maxRetryInterval;
    }

    boolean publishes() {
        return topic != null && !topic.isBlank();
    }
}
