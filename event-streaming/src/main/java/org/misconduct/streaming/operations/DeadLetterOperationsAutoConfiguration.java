package org.misconduct.streaming.operations;

import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;

/** The dead-letter operations of every service that consumes published events; processor letters where Axon runs. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
        "org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({JdbcTemplate.class, KafkaListenerEndpointRegistry.class})
@Import(DeadLettersController.class)
public class DeadLetterOperationsAutoConfiguration {

    @Bean
    DeadLetterActions deadLetterActions(JdbcTemplate jdbc, Clock clock) {
        return new DeadLetterActions(jdbc, clock);
    }

    @Bean
    @SuppressWarnings("unchecked")
    KafkaDeadLetters kafkaDeadLetters(ConsumerFactory<?, ?> consumers, KafkaListenerEndpointRegistry listeners,
                                      DeadLetterActions actions, ObjectMapper json,
                                      @Value("${spring.application.name}") String application) {
        return new KafkaDeadLetters((ConsumerFactory<String, byte[]>) consumers, new KafkaRedelivery(listeners), actions,
                json, application);
    }

    @Bean
    DeadLetters deadLetters(List<DeadLetterStore> stores, DeadLetterActions actions) {
        return new DeadLetters(stores, actions);
    }

    /** Only where Axon's configuration is on the class path (not in reporting). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.axonframework.config.EventProcessingConfiguration")
    static class EventProcessorLetters {

        @Bean
        ProcessorDeadLetters processorDeadLetters(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
            return new ProcessorDeadLetters(processing, jdbc);
        }
    }
}
