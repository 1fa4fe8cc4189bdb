package org.misconduct.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * One Jackson serializer for every message Axon stores (events, deadlines, dead letters, tokens), built as
 * Axon's own with the application's object mapper, which also reads classes under their former names; the snapshot
 * trigger and the caches aggregates can name.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@EnableConfigurationProperties({SnapshotProperties.class, AggregateCacheProperties.class})
public class EventStoreAutoConfiguration {

    @Bean
    @Primary
    Serializer serializer(RevisionResolver revisionResolver, ObjectMapper objectMapper) {
        ClassLoader classLoader = EventStoreAutoConfiguration.class.getClassLoader();
        JacksonSerializer.Builder builder = JacksonSerializer.builder()
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(classLoader))
                .classLoader(classLoader)
                .objectMapper(objectMapper);
        return new RenamingJacksonSerializer(builder, RenamedTypes.from(classLoader));
    }

    @Bean(SnapshotTriggers.EVENT_COUNT)
    SnapshotTriggerDefinition eventCountSnapshots(Snapshotter snapshotter, SnapshotProperties snapshots) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, snapshots.every());
    }

    @Bean
    AggregateCaches aggregateCaches(EventStore eventStore, AggregateCacheProperties properties,
                                    ObjectProvider<Configuration> axon) {
        return new AggregateCaches(eventStore, properties, axon::getObject);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }
}
