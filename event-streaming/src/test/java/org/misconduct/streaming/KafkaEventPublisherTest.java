package org.misconduct.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.intake.AllegationReferred;
import org.mockito.ArgumentCaptor;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class KafkaEventPublisherTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-01T08:00:00Z");
    private static final AllegationReferred REFERRED = new AllegationReferred("ALG-2026-000001", "MINUSCA", "SA", "RAPE",
            "MC", "XAA", "XAA-BATT-1", 1, true, "URGENT", "TCC", RECEIVED, RECEIVED.plusSeconds(3600));

    @SuppressWarnings("unchecked")
    private final KafkaTemplate<Object, Object> kafka = mock(KafkaTemplate.class);
    private final KafkaEventPublisher publisher = new KafkaEventPublisher(kafka,
            new CloudEventCodec(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)),
            new PublicationProperties("misconduct.intake.v1", URI.create("/intake-service"), null, null,
                    Duration.ofMillis(100), Duration.ofMillis(10), null),
            EventTelemetry.none());

    @AfterEach
    void leaveTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void waitsForKafkaOutsideAnyTransactionUntilTheBrokerAcknowledges() {
        when(kafka.send(any(ProducerRecord.class)))
                .thenReturn(CompletableFuture.failedFuture(new TimeoutException("broker unreachable")))
                .thenReturn(CompletableFuture.failedFuture(new TimeoutException("broker unreachable")))
                .thenReturn(CompletableFuture.completedFuture(mock(SendResult.class)));

        publisher.publish(REFERRED, "event-1", RECEIVED);

        verify(kafka, times(3)).send(any(ProducerRecord.class));
    }

    @Test
    void aBatchHandsItsEventsOverAtOnceAndSendsAgainInOrderWhatTheBrokerDidNotTake() throws Exception {
        CompletableFuture<SendResult<Object, Object>> first = new CompletableFuture<>();
        when(kafka.send(any(ProducerRecord.class)))
                .thenReturn(first)
                .thenReturn(CompletableFuture.completedFuture(mock(SendResult.class)));
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        try {
            publisher.publish(REFERRED, "event-1", RECEIVED);
            publisher.publish(REFERRED, "event-2", RECEIVED);
            verify(kafka, times(2)).send(any(ProducerRecord.class));

            first.completeExceptionally(new TimeoutException("broker unreachable"));
            publisher.awaitSent(batch);
        } finally {
            batch.rollback();
        }

        ArgumentCaptor<ProducerRecord<Object, Object>> sent = ArgumentCaptor.forClass(ProducerRecord.class);
        verify(kafka, times(3)).send(sent.capture());
        List<String> ids = sent.getAllValues().stream().map(record -> eventId((byte[]) record.value())).toList();
        assertThat(ids).containsExactly("event-1", "event-2", "event-1");
    }

    @Test
    void refusesToWaitForKafkaInsideADatabaseTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(true);

        assertThatThrownBy(() -> publisher.publish(REFERRED, "event-1", RECEIVED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside a database transaction");
        verify(kafka, never()).send(any(ProducerRecord.class));
    }

    private static String eventId(byte[] cloudEvent) {
        try {
            return new ObjectMapper().readTree(cloudEvent).get("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
