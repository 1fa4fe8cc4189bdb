package org.misconduct.streaming;

import java.time.Clock;
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
import org.axonframework.eventhandling.PropagatingErrorHandler;
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
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Kafka wiring shared by the services: CloudEvents as byte arrays keyed by case reference, an
 * idempotent producer, consumers that start from the earliest offset of a new group, retries with
 * back-off and a per-group dead-letter topic for records that keep failing.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(PublicationProperties.class)
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

    @Bean
    DefaultKafkaConsumerFactoryCustomizer publishedEventConsumerSettings() {
        return factory -> factory.updateConfigs(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000));
    }

    @Bean
    @ConditionalOnMissingBean
    CommonErrorHandler publishedEventErrorHandler(KafkaTemplate<Object, Object> kafka,
                                                  @Value("${spring.application.name}") String application) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(record.topic() + "." + application + ".dlt", -1));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(20);
        backOff.setInitialInterval(500);
        backOff.setMultiplier(2);
        backOff.setMaxInterval(30_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(UndecodableEvent.class);
        return handler;
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

    /** Present in services that publish: {@code misconduct.publication.topic} names their topic. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty("misconduct.publication.topic")
    @ConditionalOnClass(ConfigurerModule.class)
    static class Publication {

        @Bean
        NewTopic publicationTopic(PublicationProperties properties) {
            return new NewTopic(properties.topic(), properties.partitions(), properties.replicas());
        }

        @Bean
        KafkaEventPublisher kafkaEventPublisher(KafkaTemplate<Object, Object> kafka, CloudEventCodec codec,
                                                PublicationProperties properties, EventTelemetry telemetry) {
            return new KafkaEventPublisher(kafka, codec, properties, telemetry);
        }

        @Bean
        PublicationLag publicationLag(JdbcTemplate jdbc, Serializer serializer, Clock clock,
                                      ObjectProvider<MeterRegistry> meters) {
            PublicationLag lag = new PublicationLag(jdbc, serializer, clock);
            meters.ifAvailable(lag::register);
            return lag;
        }

        /**
         * A handler failure must stop the processor, never skip the event: it is retried until Kafka takes it. Its batches
         * run outside any database transaction, since the publisher waits for Kafka as long as it takes: the token is
         * stored once the batch is on Kafka, and handlers that write keep their own short transactions.
         */
        @Bean
        ConfigurerModule kafkaPublicationProcessor() {
            return configurer -> configurer.eventProcessing()
                    .registerTrackingEventProcessor(KafkaPublication.PROCESSING_GROUP)
                    .registerTransactionManager(KafkaPublication.PROCESSING_GROUP, configuration -> NoTransactionManager.INSTANCE)
                    .registerListenerInvocationErrorHandler(KafkaPublication.PROCESSING_GROUP,
                            configuration -> PropagatingErrorHandler.instance());
        }
    }
}
