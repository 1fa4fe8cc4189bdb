package org.misconduct.streaming;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * This instance's share of the service's work as Kafka's consumer groups see it: of the partitions the groups have
 * assigned to anyone, the fraction assigned to this instance's listeners, averaged over the consumed topics. Kafka
 * knows which instances are alive; nothing else has to. The share is taken of what the groups assigned, not of the
 * topics' partitions: a topic that gained partitions is assigned anew only when its consumers next refresh their
 * metadata, and until then an instance alone holding every assigned partition holds the whole share.
 */
class InstanceShare implements AutoCloseable {

    private static final Duration DESCRIBE_TIMEOUT = Duration.ofSeconds(5);

    private final ObjectProvider<KafkaListenerEndpointRegistry> listeners;
    private final ObjectProvider<KafkaAdmin> admin;
    private AdminClient client;

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
        if (registry == null || admin.getIfAvailable() == null) {
            return Optional.empty();
        }
        List<MessageListenerContainer> running = registry.getListenerContainers().stream()
                .filter(MessageListenerContainer::isRunning).toList();
        Set<TopicPartition> mine = running.stream().map(MessageListenerContainer::getAssignedPartitions)
                .filter(Objects::nonNull).flatMap(Collection::stream).collect(Collectors.toSet());
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        Set<String> groups = running.stream().map(MessageListenerContainer::getGroupId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<TopicPartition> assigned = assignedInGroups(groups);
        return mine.stream().map(TopicPartition::topic).distinct()
                .mapToDouble(topic -> (double) count(mine, topic) / Math.max(count(assigned, topic), count(mine, topic)))
                .average().stream().boxed().findFirst();
    }

    private Set<TopicPartition> assignedInGroups(Set<String> groups) {
        try {
            Map<String, ConsumerGroupDescription> described = client().describeConsumerGroups(groups).all()
                    .get(DESCRIBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return described.values().stream().flatMap(group -> group.members().stream())
                    .map(MemberDescription::assignment).flatMap(assignment -> assignment.topicPartitions().stream())
                    .collect(Collectors.toSet());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while describing the consumer groups", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not describe the consumer groups " + groups, e);
        }
    }

    private static long count(Set<TopicPartition> partitions, String topic) {
        return partitions.stream().filter(partition -> partition.topic().equals(topic)).count();
    }

    private synchronized AdminClient client() {
        if (client == null) {
            client = AdminClient.create(admin.getObject().getConfigurationProperties());
        }
        return client;
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close(DESCRIBE_TIMEOUT);
            client = null;
        }
    }
}
