package org.misconduct.reporting.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.misconduct.contracts.Topics;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/** How far this service's consumer group is behind the end of each topic it reads. */
@Component
class TopicLag {

    static final List<String> TOPICS = List.of(Topics.INTAKE, Topics.INVESTIGATION, Topics.VICTIM_ASSISTANCE);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final KafkaAdmin kafkaAdmin;
    private final String groupId;
    private AdminClient admin;

    TopicLag(KafkaAdmin kafkaAdmin, KafkaProperties kafka) {
        this.kafkaAdmin = kafkaAdmin;
        this.groupId = kafka.getConsumer().getGroupId();
    }

    /** Per topic: the end offsets, the group's committed offsets and their difference, summed over partitions. */
    List<TopicStatus> read() {
        try {
            AdminClient client = client();
            Map<String, TopicDescription> topics = client.describeTopics(TOPICS).allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, OffsetSpec> partitions = topics.values().stream()
                    .flatMap(topic -> topic.partitions().stream().map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    client.listOffsets(partitions).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed =
                    client.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<TopicStatus> statuses = new ArrayList<>();
            for (String topic : TOPICS) {
                long end = 0;
                long done = 0;
                for (TopicPartition partition : partitions.keySet()) {
                    if (partition.topic().equals(topic)) {
                        long partitionEnd = ends.get(partition).offset();
                        OffsetAndMetadata offset = committed.get(partition);
                        end += partitionEnd;
                        done += offset == null ? 0 : offset.offset();
                    }
                }
                statuses.add(new TopicStatus(topic, topics.containsKey(topic) ? topics.get(topic).partitions().size() : 0, end, done, end - done, null));
            }
            return statuses;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            String problem = "Kafka did not answer: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
            return TOPICS.stream().map(topic -> new TopicStatus(topic, 0, null, null, null, problem)).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the lag", e);
        }
    }

    private synchronized AdminClient client() {
        if (admin == null) {
            admin = AdminClient.create(kafkaAdmin.getConfigurationProperties());
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(TIMEOUT);
        }
    }
}
