package org.misconduct.streaming;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.autoconfigure.kafka.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Kafka wiring shared by the services: CloudEvents as byte arrays keyed by case reference, an
 * idempotent producer, consumers that start from the earliest offset of a new group, that retry transient failures
 * without limit and set poison aside at once in a dead-letter topic per consumed topic, kept for ever.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties({PublicationProperties.class, ConsumerProperties.class, ScaleOutProperties.class})
public class EventStreamingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CloudEventCodec cloudEventCodec(ObjectMapper objectMapper) {
        return new CloudEventCodec(objectMapper);
    }

    @Bean
    DefaultKafkaProducerFactoryCustomizer publishedEventProducerSettings() {
        return factory -> factory.updateConfigs(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 4_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 9_000,
                ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000));
    }

    /**
     * A consumer never creates the topic it subscribes to: one that starts before the producing service has declared
     * it would get the broker's default partitions, and see the declared ones only at its next metadata refresh (up
     * to five minutes later), missing the events keyed to them until then. It waits for the declaration instead.
     */
    @Bean
    DefaultKafkaConsumerFactoryCustomizer publishedEventConsumerSettings() {
        return factory -> factory.updateConfigs(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000));
    }

    /**
     * Poison (a record no retry can make handleable) goes to the dead-letter topic at once and the partition moves on;
     * every other failure (database, broker) is retried on the same record without limit, the pause doubling up to
     * {@code misconduct.consumers.max-retry-interval}, so an outage delays events and never sets them aside.
     */
    @Bean
    @ConditionalOnMissingBean
    CommonErrorHandler publishedEventErrorHandler(KafkaTemplate<Object, Object> kafka, ConsumerProperties consumers,
                                                  @Value("${spring.application.name}") String application) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(DeadLetterTopics.of(record.topic(), application), -1));
        ExponentialBackOff backOff = new ExponentialBackOff(consumers.firstRetryInterval().toMillis(), 2);
        backOff.setMaxInterval(consumers.maxRetryInterval().toMillis());
        List<Class<? extends Exception>> poison = PoisonEvents.classes();
        recoverer.setHeadersFunction((record, failure) -> DeadLetterCause.of(failure, poison));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(poison.toArray(Class[]::new));
        return handler;
    }

    @Bean
    DeadLetterTopics deadLetterTopics(KafkaAdmin kafkaAdmin, KafkaProperties kafka, KafkaListenerEndpointRegistry listeners,
                                      ObjectProvider<MeterRegistry> meters,
                                      @Value("${spring.application.name}") String application) {
        return new DeadLetterTopics(kafkaAdmin, kafka.getAdmin().isAutoCreate(), listeners,
                meters.getIfAvailable(SimpleMeterRegistry::new), application);
    }

    @Bean
    @ConditionalOnMissingBean
    EventTelemetry eventTelemetry(ObjectProvider<ObservationRegistry> observations, ObjectProvider<MeterRegistry> meters) {
        return new EventTelemetry(observations.getIfAvailable(() -> ObservationRegistry.NOOP),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    @ConditionalOnMissingBean
    PublishedEventInbox publishedEventInbox(CloudEventCodec codec, JdbcTemplate jdbc,
                                            TransactionTemplate transaction, Clock clock, EventTelemetry telemetry) {
        return new PublishedEventInbox(codec, jdbc, transaction, clock, telemetry);
    }

    /** In the services with Axon's event processors: how far behind each streaming processor is. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(EventProcessingConfiguration.class)
    static class ProcessorLags {

        @Bean
        ProcessorLag processorLag(JdbcTemplate jdbc, Serializer serializer, Clock clock) {
            return new ProcessorLag(jdbc, serializer, clock);
        }

        @Bean
        ProcessorLagMeters processorLagMeters(ProcessorLag lag, EventProcessingConfiguration processing) {
            return new ProcessorLagMeters(lag, processing);
        }
    }

    /** Present in services that publish: {@code misconduct.publication.topic} names their topic. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty("misconduct.publication.topic")
    @ConditionalOnClass(ConfigurerModule.class)
    static class Publication {

        @Bean
        NewTopic publicationTopic(PublicationProperties properties, ScaleOutProperties scaleOut) {
            return new NewTopic(properties.topic(), properties.partitionsFor(scaleOut), properties.replicas());
        }

        @Bean
        KafkaEventPublisher kafkaEventPublisher(KafkaTemplate<Object, Object> kafka, CloudEventCodec codec,
                                                PublicationProperties properties, EventTelemetry telemetry) {
            return new KafkaEventPublisher(kafka, codec, properties, telemetry);
        }

        /**
         * A handler failure must stop the processor, never skip the event: it is retried until Kafka takes it. Events of
         * one aggregate stay in one segment, in order, as their records stay in one partition. Its batches run outside
         * any database transaction, since the publisher waits for Kafka as long as it takes: the token is stored once
         * the batch is on Kafka ({@link PublicationBatches}), and handlers that write keep their own short transactions.
         */
        @Bean
        ConfigurerModule kafkaPublicationProcessor(ScaleOutProperties scaleOut, PublicationProperties publication,
                                                   KafkaEventPublisher publisher, ObjectProvider<CaughtUpPolling> source) {
            return configurer -> configurer.eventProcessing()
                    .registerPooledStreamingEventProcessor(KafkaPublication.PROCESSING_GROUP,
                            configuration -> eventsFor(source, configuration),
                            (configuration, builder) -> builder.initialSegmentCount(scaleOut.segments())
                                    .batchSize(publication.batchSize())
                                    .tokenClaimInterval(scaleOut.tokenClaimInterval().toMillis()))
                    .registerHandlerInterceptor(KafkaPublication.PROCESSING_GROUP,
                            configuration -> new PublicationBatches(publisher))
                    .registerTransactionManager(KafkaPublication.PROCESSING_GROUP, configuration -> NoTransactionManager.INSTANCE)
                    .registerListenerInvocationErrorHandler(KafkaPublication.PROCESSING_GROUP,
                            configuration -> PropagatingErrorHandler.instance());
        }

        /** The event store, read through {@link CaughtUpPolling} where the service has it. */
        private static StreamableMessageSource<TrackedEventMessage<?>> eventsFor(ObjectProvider<CaughtUpPolling> polling,
                                                                               org.axonframework.config.Configuration configuration) {
            CaughtUpPolling source = polling.getIfAvailable();
            return source != null ? source : configuration.eventStore();
        }
    }
}
