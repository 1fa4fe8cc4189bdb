package org.misconduct.bench;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
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

    /** The records every consumer group on the broker has yet to take, by the offsets it committed. */
    long records() throws ExecutionException, InterruptedException {
        long lag = 0;
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            lag += lagOf(group.groupId());
        }
        return lag;
    }

    private long lagOf(String group) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(committed.keySet().stream()
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()))).all().get();
        return committed.entrySet().stream().filter(entry -> entry.getValue() != null)
                .mapToLong(entry -> Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset())).sum();
    }

    @Override
    public void close() {
        admin.close();
    }
}
