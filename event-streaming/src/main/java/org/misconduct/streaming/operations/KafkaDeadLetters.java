package org.misconduct.streaming.operations;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;
import org.misconduct.domain.NotFound;
import org.misconduct.streaming.DeadLetterTopics;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * The letters in this service's dead-letter topics that nobody has handled: those at or after the offset the group
 * {@code <service>-dead-letters} committed (the mark the {@code misconduct_dead_letters} gauge counts from) and not
 * resolved one by one in {@code dead_letter_action}. Resolving a letter advances the mark over every resolved letter
 * at its head, so the gauge falls with it.
 */
class KafkaDeadLetters implements DeadLetterStore {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    static final String CAUSE_HEADER = "misconduct_dead_letter_cause";

    private final ConsumerFactory<String, byte[]> consumers;
    private final KafkaRedelivery redelivery;
    private final DeadLetterActions actions;
    private final ObjectMapper json;
    private final String application;

    KafkaDeadLetters(ConsumerFactory<String, byte[]> consumers, KafkaRedelivery redelivery, DeadLetterActions actions,
                     ObjectMapper json, String application) {
        this.consumers = consumers;
        this.redelivery = redelivery;
        this.actions = actions;
        this.json = json;
        this.application = application;
    }

    @Override
    public boolean names(String id) {
        return id.startsWith(KafkaDeadLetterId.PREFIX);
    }

    @Override
    public List<DeadLetterView> waiting() {
        Set<String> resolved = actions.resolved(KafkaDeadLetterId.PREFIX);
        List<DeadLetterView> letters = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = consumer()) {
            for (String source : redelivery.sources()) {
                List<TopicPartition> partitions = partitions(consumer, DeadLetterTopics.of(source, application));
                for (ConsumerRecord<String, byte[]> record : unhandled(consumer, partitions)) {
                    String id = idOf(record).toString();
                    if (!resolved.contains(id)) {
                        letters.add(view(id, source, record));
                    }
                }
            }
        }
        return letters;
    }

    @Override
    public boolean retry(String id) {
        KafkaDeadLetterId letter = KafkaDeadLetterId.parse(id);
        try (Consumer<String, byte[]> consumer = consumer()) {
            ConsumerRecord<String, byte[]> record = read(consumer, letter);
            return redelivery.redeliver(original(record));
        }
    }

    /** Kafka keeps the record; recording the action is what sets it aside. */
    @Override
    public void discard(String id) {
        try (Consumer<String, byte[]> consumer = consumer()) {
            read(consumer, KafkaDeadLetterId.parse(id));
        }
    }

    /** Commits, as handled, the resolved letters at the head of the letter's partition, so the gauge counts them no more. */
    @Override
    public void resolved(String id) {
        TopicPartition partition = KafkaDeadLetterId.parse(id).partition();
        try (Consumer<String, byte[]> consumer = consumer()) {
            advanceMark(consumer, partition);
        }
    }

    private void advanceMark(Consumer<String, byte[]> consumer, TopicPartition partition) {
        Set<String> resolved = actions.resolved(KafkaDeadLetterId.PREFIX);
        long mark = start(consumer, partition);
        long end = consumer.endOffsets(List.of(partition)).get(partition);
        while (mark < end && resolved.contains(new KafkaDeadLetterId(partition, mark).toString())) {
            mark++;
        }
        consumer.commitSync(Map.of(partition, new OffsetAndMetadata(mark)));
    }

    private ConsumerRecord<String, byte[]> read(Consumer<String, byte[]> consumer, KafkaDeadLetterId letter) {
        if (!letter.partition().topic().endsWith("." + application + ".dlt")
                || letter.offset() < start(consumer, letter.partition())
                || actions.resolved(letter.toString()).contains(letter.toString())) {
            throw new NotFound("No dead letter waits as " + letter);
        }
        consumer.assign(List.of(letter.partition()));
        consumer.seek(letter.partition(), letter.offset());
        Instant deadline = Instant.now().plus(READ_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                if (record.offset() == letter.offset()) {
                    return record;
                }
            }
        }
        throw new NotFound("No dead letter waits as " + letter);
    }

    private long start(Consumer<String, byte[]> consumer, TopicPartition partition) {
        long beginning = consumer.beginningOffsets(List.of(partition)).get(partition);
        OffsetAndMetadata mark = consumer.committed(Set.of(partition)).get(partition);
        return Math.max(beginning, mark == null ? 0 : mark.offset());
    }

    private List<ConsumerRecord<String, byte[]>> unhandled(Consumer<String, byte[]> consumer, List<TopicPartition> partitions) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        if (partitions.isEmpty()) {
            return records;
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        consumer.assign(partitions);
        partitions.forEach(partition -> consumer.seek(partition, start(consumer, partition)));
        Instant deadline = Instant.now().plus(READ_TIMEOUT);
        while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && Instant.now().isBefore(deadline)) {
            consumer.poll(POLL).forEach(record -> {
                if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    records.add(record);
                }
            });
        }
        return records;
    }

    private static List<TopicPartition> partitions(Consumer<String, byte[]> consumer, String topic) {
        Map<String, ?> topics = consumer.listTopics(READ_TIMEOUT);
        if (!topics.containsKey(topic)) {
            return List.of();
        }
        return consumer.partitionsFor(topic, READ_TIMEOUT).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
    }

    private DeadLetterView view(String id, String source, ConsumerRecord<String, byte[]> record) {
        return new DeadLetterView(id, source, record.key(), typeOf(record.value()), header(record, CAUSE_HEADER),
                Instant.ofEpochMilli(record.timestamp()), 1);
    }

    /** The CloudEvent's type only; nothing else of the value leaves this class. */
    private String typeOf(byte[] value) {
        try {
            JsonNode type = value == null ? null : json.readTree(value).get("type");
            return type == null || !type.isTextual() ? null : type.asText();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The record as its consumer first saw it: its original topic, partition and offset. */
    private static ConsumerRecord<String, byte[]> original(ConsumerRecord<String, byte[]> letter) {
        String topic = header(letter, KafkaHeaders.DLT_ORIGINAL_TOPIC);
        Header partition = letter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION);
        Header offset = letter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET);
        return new ConsumerRecord<>(topic, partition == null ? 0 : ByteBuffer.wrap(partition.value()).getInt(),
                offset == null ? 0 : ByteBuffer.wrap(offset.value()).getLong(), letter.timestamp(),
                TimestampType.CREATE_TIME, -1, -1, letter.key(), letter.value(), letter.headers(), Optional.empty());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static KafkaDeadLetterId idOf(ConsumerRecord<String, byte[]> record) {
        return new KafkaDeadLetterId(new TopicPartition(record.topic(), record.partition()), record.offset());
    }

    private Consumer<String, byte[]> consumer() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return consumers.createConsumer(DeadLetterTopics.handledGroup(application), "dead-letter-operations", null, overrides);
    }
}
