package org.misconduct.streaming;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * This instance's share of the service's work as Kafka's consumer group sees it: the partitions of the consumed topics
 * assigned to this instance's listeners, as a fraction of all their partitions. Kafka knows which instances are alive;
 * nothing else has to.
 */
class InstanceShare {

    private final ObjectProvider<KafkaListenerEndpointRegistry> listeners;
    private final ObjectProvider<KafkaAdmin> admin;

    InstanceShare(ObjectProvider<KafkaListenerEndpointRegistry> listeners, ObjectProvider<KafkaAdmin> admin) {
        this.listeners = listeners;
        this.admin = admin;
    }

    /**
     * Empty while nothing is assigned to this instance (before the first assignment, during a rebalance) and in a
     * service that consumes nothing.
     */
    Optional<Double> fraction() {
        KafkaListenerEndpointRegistry registry = listeners.getIfAvailable();
        KafkaAdmin kafka = admin.getIfAvailable();
        if (registry == null || kafka == null) {
            return Optional.empty();
        }
        List<TopicPartition> assigned = registry.getListenerContainers().stream()
                .filter(MessageListenerContainer::isRunning)
                .map(MessageListenerContainer::getAssignedPartitions)
                .filter(Objects::nonNull)
                .flatMap(Collection::stream)
                .toList();
        if (assigned.isEmpty()) {
            return Optional.empty();
        }
        Set<String> topics = assigned.stream().map(TopicPartition::topic).collect(Collectors.toSet());
        Map<String, TopicDescription> descriptions = kafka.describeTopics(topics.toArray(String[]::new));
        double share = topics.stream()
                .mapToDouble(topic -> (double) assigned.stream().filter(partition -> partition.topic().equals(topic)).count()
                        / descriptions.get(topic).partitions().size())
                .average().orElse(1);
        return Optional.of(share);
    }
}
