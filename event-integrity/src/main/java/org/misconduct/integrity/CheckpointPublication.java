package org.misconduct.integrity;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.misconduct.contracts.Topics;
import org.misconduct.contracts.integrity.ChainCheckpoint;
import org.misconduct.streaming.CloudEventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the head of the chain as a checkpoint when it has moved since the last one, once the last checkpoint's
 * link is still in the store and what was chained after it verifies: a head reached by tampering is never anchored.
 * A store that no longer reaches the last checkpoint gets none either; the verification reports it.
 */
public class CheckpointPublication {

    private static final Logger log = LoggerFactory.getLogger(CheckpointPublication.class);

    private final ChainVerifier store;
    private final KafkaCheckpoints checkpoints;
    private final KafkaTemplate<Object, Object> kafka;
    private final CloudEventCodec codec;
    private final URI source;
    private final Duration sendTimeout;
    private final Clock clock;

    public CheckpointPublication(ChainVerifier store, KafkaCheckpoints checkpoints, KafkaTemplate<Object, Object> kafka,
                                 CloudEventCodec codec, URI source, Duration sendTimeout, Clock clock) {
        this.store = store;
        this.checkpoints = checkpoints;
        this.kafka = kafka;
        this.codec = codec;
        this.source = source;
        this.sendTimeout = sendTimeout;
        this.clock = clock;
    }

    /** @return the checkpoint published, or empty when there was nothing to anchor or the chain did not verify */
    public Optional<Checkpoint> publish() {
        Optional<Checkpoint> last = checkpoints.latest();
        ChainVerifier.VerifiedHead verified = store.verifiedHead(last);
        ChainHead head = verified.head();
        if (head.globalIndex() < 0) {
            return Optional.empty();
        }
        if (!verified.verification().intact() || last.map(Checkpoint::globalIndex).orElse(-1L) > head.globalIndex()) {
            log.error("No checkpoint published: the event chain does not verify since global index {}",
                    last.map(Checkpoint::globalIndex).orElse(-1L));
            return Optional.empty();
        }
        if (last.isPresent() && last.get().globalIndex() == head.globalIndex()) {
            return Optional.empty();
        }
        Checkpoint checkpoint = new Checkpoint(head.globalIndex(), head.link().hex(), head.count(), clock.instant());
        send(new ChainCheckpoint(head.chain(), checkpoint.globalIndex(), checkpoint.link(), checkpoint.count(), checkpoint.time()));
        checkpoints.published(checkpoint);
        return Optional.of(checkpoint);
    }

    private void send(ChainCheckpoint checkpoint) {
        byte[] value = codec.encode(checkpoint, UUID.randomUUID().toString(), source, checkpoint.time());
        try {
            kafka.send(Topics.INTEGRITY, checkpoint.key(), value).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing a checkpoint", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Checkpoint not acknowledged by Kafka; the next run tries again", e);
        }
    }
}
