package org.misconduct.contracts;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.misconduct.contracts.integrity.ChainCheckpoint;

/**
 * Every published event type by its CloudEvent {@code type}, for consumers to decode: the services' own events and the
 * checkpoints of their event chains, which every service publishes to the integrity topic.
 */
public final class PublishedEventCatalogue {

    private static final Map<String, Class<? extends PublishedEvent>> TYPES = Stream.concat(
                    Arrays.stream(Publisher.values()).flatMap(publisher -> publisher.events().stream()),
                    Stream.of(ChainCheckpoint.class))
            .distinct()
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private PublishedEventCatalogue() {
    }

    /**
     * Whether a record of this CloudEvent {@code type} and {@code source} may arrive on {@code topic}: the topic's
     * publisher must name itself as the source and, for a type this build knows, publish that type. A type this build
     * does not know yet is judged by topic and source alone.
     */
    public static boolean fromItsPublisher(String topic, String source, String eventType) {
        return Publisher.ofTopic(topic)
                .filter(publisher -> publisher.source().toString().equals(source))
                .filter(publisher -> classOf(eventType).map(publisher::publishes).orElse(true))
                .isPresent();
    }

    /** Empty for a type this build does not know yet: consumers skip what they cannot read. */
    public static Optional<Class<? extends PublishedEvent>> classOf(String eventType) {
        return Optional.ofNullable(TYPES.get(eventType));
    }
}
