package org.misconduct.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How many records the services' consumers have yet to take, over every consumer group on the broker: a read model
 * the benchmark watches may be reached while later events of the same cases are still on their way to another, and
 * work still draining is not work of the next measurement.
 */
final class ConsumerLag implements AutoCloseable {

    private static final Duration SETTLED = Duration.ofSeconds(1);

    private final Admin admin;

    ConsumerLag(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(properties);
    }

    /**
     * Waits until {@code arrived} holds and no consumer has a record left, still none a second later (a service
     * publishes what it made of a record a moment after taking it), or until {@code limit}; returns the records the
     * consumers had yet to take then.
     */
    long awaitCaughtUp(BooleanSupplier arrived, Duration limit) throws ExecutionException, InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            if (arrived.getAsBoolean() && records() == 0) {
                Thread.sleep(SETTLED.toMillis());
                if (records() == 0) {
                    return 0;
                }
            } else {
                Thread.sleep(100);
            }
        }
        return records();
    }

    /**
     * The records every consumer group on the broker has yet to take: past its committed offset where it committed
     * one, and every record still on a partition it was given but has not committed on yet (the services start from
     * the earliest record).
     */
    long records() throws ExecutionException, InterruptedException {
        List<String> groups =
                admin.listConsumerGroups().all().get().stream().map(ConsumerGroupListing::groupId).toList();
        Map<String, ConsumerGroupDescription> described = admin.describeConsumerGroups(groups).all().get();
        long lag = 0;
        for (String group : groups) {
            lag += lagOf(group, assigned(described.get(group)));
        }
        return lag;
    }

    private static Set<TopicPartition> assigned(ConsumerGroupDescription group) {
        return group == null ? Set.of() : group.members().stream()
                .flatMap(member -> member.assignment().topicPartitions().stream()).collect(Collectors.toSet());
    }

    private long lagOf(String group, Set<TopicPartition> assigned) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>(
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get());
        committed.values().removeIf(Objects::isNull);
        Set<TopicPartition> uncommitted = new HashSet<>(assigned);
        uncommitted.removeAll(committed.keySet());
        Map<TopicPartition, Long> taken = offsets(uncommitted, OffsetSpec.earliest());
        committed.forEach((partition, offset) -> taken.put(partition, offset.offset()));
        Map<TopicPartition, Long> ends = offsets(taken.keySet(), OffsetSpec.latest());
        return taken.entrySet().stream()
                .mapToLong(entry -> Math.max(0, ends.get(entry.getKey()) - entry.getValue())).sum();
    }

    /** Where each partition starts or ends, by {@code spec}; a map the caller may change. */
    private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(partition -> partition, partition -> spec)))
                .all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset(), (a, b) -> a, HashMap::new));
    }

    @Override
    public void close() {
        admin.close();
    }
}
