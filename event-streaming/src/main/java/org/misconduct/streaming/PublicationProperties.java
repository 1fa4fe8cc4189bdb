package org.misconduct.streaming;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.misconduct.contracts.Publisher;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where this service publishes its events.
 *
 * @param topic             the service's own topic
 * @param source            the CloudEvent {@code source} naming this service; for a topic of {@link Publisher}, its
 *                          publisher's source (the default), since consumers refuse any other
 * @param partitions        partitions of the topic when this service creates it; unset, one per segment
 *                          ({@link ScaleOutProperties#segments()})
 * @param replicas          replication factor of the topic when this service creates it
 * @param sendTimeout       how long one attempt waits for the broker's acknowledgement
 * @param maxRetryInterval  the longest pause between attempts while the broker is unreachable
 * @param batchSize         events the publication processor sends before it waits for the broker's acknowledgements
 *                          and stores its token: one wait per batch instead of one per event
 */
@ConfigurationProperties("misconduct.publication")
public record PublicationProperties(
        String topic,
        URI source,
        Integer partitions,
        Short replicas,
        Duration sendTimeout,
        Duration maxRetryInterval,
        Integer batchSize) {

    public PublicationProperties {
        Optional<Publisher> publisher = Publisher.ofTopic(topic);
        if (source == null) {
            source = publisher.map(Publisher::source).orElse(null);
        } else if (publisher.isPresent() && !publisher.get().source().equals(source)) {
            // Consumers would take every event as forged and set it aside.
            throw new IllegalArgumentException("misconduct.publication.source must be " + publisher.get().source()
                    + " for " + topic + ", not " + source);
        }
        replicas = replicas == null ? 1 : replicas;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        maxRetryInterval = maxRetryInterval == null ? Duration.ofSeconds(2) : maxRetryInterval;
        batchSize = batchSize == null ? 50 : batchSize;
        if (batchSize < 1) {
            throw new IllegalArgumentException("misconduct.publication.batch-size must be at least 1");
        }
    }

    boolean publishes() {
        return topic != null && !topic.isBlank();
    }

    /** Partitions of a topic this service creates: as configured, else one per processor segment. */
    public int partitionsFor(ScaleOutProperties scaleOut) {
        return partitions == null ? scaleOut.segments() : partitions;
    }
}
