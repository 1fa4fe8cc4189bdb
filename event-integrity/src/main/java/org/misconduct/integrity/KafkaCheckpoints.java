package org.misconduct.integrity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.integrity.ChainCheckpoint;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.streaming.ReceivedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * The checkpoints this service published of its own chain, read back from {@value Topics#INTEGRITY}: from the
 * beginning once, then only what was added since. Partitions are assigned, not subscribed: no consumer group, no
 * committed offsets. Only this service's checkpoints of this store's chain count (source and chain identity); the
 * newest {@value #KEPT} distinct ones are kept, and the newest alone already covers all history before it.
 */
public class KafkaCheckpoints implements CheckpointSource {

    private static final Logger log = LoggerFactory.getLogger(KafkaCheckpoints.class);
    private static final int KEPT = 1_000;
    private static final Duration POLL = Duration.ofMillis(200);

    private final ConsumerFactory<Object, Object> consumers;
    private final CloudEventCodec codec;
    private final String source;
    private final ChainVerifier store;
    private final Duration readTimeout;
    private final TreeMap<Long, Checkpoint> kept = new TreeMap<>();
    private Consumer<Object, Object> consumer;
    private String chain;

    public KafkaCheckpoints(ConsumerFactory<Object, Object> consumers, CloudEventCodec codec, String source,
                            ChainVerifier store, Duration readTimeout) {
        this.consumers = consumers;
        this.codec = codec;
        this.source = source;
        this.store = store;
        this.readTimeout = readTimeout;
    }

    /** What was read so far and what was added since; while Kafka cannot be read, what was read before. */
    @Override
    public synchronized Checkpoints published() {
        try {
            catchUp();
        } catch (KafkaException e) {
            log.warn("Could not read the checkpoints on {}: {}", Topics.INTEGRITY, e.getMessage());
            closeConsumer();
        }
        return new Checkpoints(List.copyOf(kept.values()));
    }

    /** The newest checkpoint known, after catching up. */
    public synchronized Optional<Checkpoint> latest() {
        published();
        return Optional.ofNullable(kept.lastEntry()).map(Map.Entry::getValue);
    }

    /** Remembers a checkpoint this instance has just published and the broker acknowledged. */
    synchronized void published(Checkpoint checkpoint) {
        keep(checkpoint);
    }

    private void catchUp() {
        if (consumer == null && !assign()) {
            return;
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), readTimeout);
        long deadline = System.nanoTime() + readTimeout.toNanos();
        while (!reached(end) && System.nanoTime() < deadline) {
            for (ConsumerRecord<Object, Object> record : consumer.poll(POLL)) {
                accept((byte[]) record.value());
            }
        }
    }

    private boolean assign() {
        Consumer<Object, Object> created = consumers.createConsumer(null, "integrity-checkpoints", null, new Properties());
        List<TopicPartition> partitions = Optional.ofNullable(created.partitionsFor(Topics.INTEGRITY, readTimeout)).orElse(List.of())
                .stream().map(partition -> new TopicPartition(partition.topic(), partition.partition())).toList();
        if (partitions.isEmpty()) {
            created.close();
            return false;
        }
        created.assign(partitions);
        created.seekToBeginning(partitions);
        consumer = created;
        return true;
    }

    private boolean reached(Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(partition -> consumer.position(partition.getKey(), readTimeout) >= partition.getValue());
    }

    private void accept(byte[] value) {
        Optional<ReceivedEvent> received;
        try {
            received = codec.read(value).received();
        } catch (RuntimeException unreadable) {
            return;
        }
        received.filter(event -> source.equals(event.source()))
                .map(ReceivedEvent::data)
                .filter(ChainCheckpoint.class::isInstance)
                .map(ChainCheckpoint.class::cast)
                .filter(checkpoint -> checkpoint.chain().equals(chain()))
                .ifPresent(checkpoint -> keep(new Checkpoint(checkpoint.globalIndex(), checkpoint.link(), checkpoint.count(), checkpoint.time())));
    }

    /** The first checkpoint of an index stands: a later one with another link cannot overwrite what was witnessed. */
    private void keep(Checkpoint checkpoint) {
        kept.putIfAbsent(checkpoint.globalIndex(), checkpoint);
        while (kept.size() > KEPT) {
            kept.pollFirstEntry();
        }
    }

    private String chain() {
        if (chain == null) {
            chain = store.head().chain();
        }
        return chain;
    }

    private void closeConsumer() {
        if (consumer != null) {
            consumer.close();
            consumer = null;
        }
    }
}
