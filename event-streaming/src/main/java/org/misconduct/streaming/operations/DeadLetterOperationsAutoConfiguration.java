package org.misconduct.streaming.operations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
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
    @SuppressWarnings("unchecked")
    DeadLetters deadLetters(JdbcTemplate jdbc, Clock clock, ConsumerFactory<?, ?> consumers,
                            KafkaListenerEndpointRegistry listeners, ObjectMapper json,
                            ObjectProvider<EventProcessingConfiguration> processing,
                            @Value("${spring.application.name}") String application) {
        DeadLetterActions actions = new DeadLetterActions(jdbc, clock);
        List<DeadLetterStore> stores = new ArrayList<>();
        stores.add(new KafkaDeadLetters((ConsumerFactory<String, byte[]>) consumers, new KafkaRedelivery(listeners),
                actions, json, application));
        if (isAxonPresent()) {
            processing.ifAvailable(configuration -> stores.add(new ProcessorDeadLetters(configuration, jdbc)));
        }
        return new DeadLetters(stores, actions);
    }

    private static boolean isAxonPresent() {
        return org.springframework.util.ClassUtils.isPresent("org.axonframework.config.EventProcessingConfiguration",
                DeadLetterOperationsAutoConfiguration.class.getClassLoader());
    }
}
