package org.misconduct.reporting.ledger;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.misconduct.contracts.Topics;
import org.misconduct.streaming.ScaleOutProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The three topics of published events, kept for ever: replaying them from the beginning must
 * remain possible. KafkaAdmin creates a missing topic at start-up and, with
 * {@code spring.kafka.admin.modify-topic-configs}, sets the retention of an existing one.
 */
@Configuration
@EnableConfigurationProperties({TopicProperties.class, RebuildProperties.class})
class TopicDeclarations {

    @Bean
    KafkaAdmin.NewTopics publishedEventTopics(TopicProperties properties, ScaleOutProperties scaleOut) {
        int partitions = properties.partitions() == null ? scaleOut.segments() : properties.partitions();
        return new KafkaAdmin.NewTopics(
                topic(Topics.INTAKE, partitions, properties),
                topic(Topics.INVESTIGATION, partitions, properties),
                topic(Topics.VICTIM_ASSISTANCE, partitions, properties));
    }

    private static NewTopic topic(String name, int partitions, TopicProperties properties) {
        return TopicBuilder.name(name)
                .partitions(partitions)
                .replicas(properties.replicas())
                .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(properties.retentionMs()))
                .build();
    }
}
