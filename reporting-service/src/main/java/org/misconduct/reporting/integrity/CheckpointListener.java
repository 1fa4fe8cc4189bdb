package org.misconduct.reporting.integrity;

import java.sql.Timestamp;
import java.time.Clock;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.integrity.ChainCheckpoint;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.streaming.ReceivedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps every checkpoint the services publish of their event chains; a redelivered one is stored once. */
@Component
class CheckpointListener {

    private static final Logger log = LoggerFactory.getLogger(CheckpointListener.class);

    private final CloudEventCodec codec;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CheckpointListener(CloudEventCodec codec, JdbcTemplate jdbc, Clock clock) {
        this.codec = codec;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.INTEGRITY)
    void on(ConsumerRecord<String, byte[]> record) {
        codec.read(record.value()).received().ifPresentOrElse(this::keep,
                () -> log.warn("Skipped a record of an unknown type on {} at offset {}", record.topic(), record.offset()));
    }

    private void keep(ReceivedEvent event) {
        if (!(event.data() instanceof ChainCheckpoint checkpoint)) {
            return;
        }
        jdbc.update("""
                INSERT INTO integrity_checkpoint (event_id, source, chain, global_index, link, event_count, checkpoint_time, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                event.id(), event.source(), checkpoint.chain(), checkpoint.globalIndex(), checkpoint.link(), checkpoint.count(),
                Timestamp.from(checkpoint.time()), Timestamp.from(clock.instant()));
    }
}
