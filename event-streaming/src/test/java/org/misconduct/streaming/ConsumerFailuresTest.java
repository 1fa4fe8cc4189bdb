package org.misconduct.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Topics;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.SendResult;

class ConsumerFailuresTest {

    @SuppressWarnings("unchecked")
    private final KafkaTemplate<Object, Object> kafka = mock(KafkaTemplate.class);
    private final CommonErrorHandler handler = new EventStreamingAutoConfiguration().publishedEventErrorHandler(kafka,
            new ConsumerProperties(Duration.ofMillis(1), Duration.ofMillis(2)), "reporting-service");
    private final ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.INTAKE, 1, 42, "ALG-2026-000001",
            "{}".getBytes(StandardCharsets.UTF_8));
    private final MessageListenerContainer container = mock(MessageListenerContainer.class);

    @Test
    void aDatabaseOutageIsRetriedOnTheSameRecordWithoutLimitAndNeverDeadLettered() {
        RuntimeException outage = failed(new DataAccessResourceFailureException("connection refused"));

        // Far beyond any bounded number of attempts: an outage of hours must not set valid events aside.
        for (int attempt = 0; attempt < 100; attempt++) {
            assertThat(handler.handleOne(outage, record, mock(Consumer.class), container)).isFalse();
        }
        verify(kafka, never()).send(any(ProducerRecord.class));
    }

    @Test
    void poisonGoesToTheDeadLetterTopicOfItsTopicAtOnceWithItsCause() {
        when(kafka.send(any(ProducerRecord.class))).thenReturn(CompletableFuture.completedFuture(mock(SendResult.class)));

        boolean movedOn = handler.handleOne(failed(new UndecodableEvent("Record is not a CloudEvent in JSON", null)), record,
                mock(Consumer.class), container);

        assertThat(movedOn).isTrue();
        @SuppressWarnings("unchecked")
        ArgumentCaptor<ProducerRecord<Object, Object>> letter = ArgumentCaptor.forClass(ProducerRecord.class);
        verify(kafka).send(letter.capture());
        assertThat(letter.getValue().topic()).isEqualTo("misconduct.intake.v1.reporting-service.dlt");
        assertThat(new String(letter.getValue().headers().lastHeader(DeadLetterCause.HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo("UndecodableEvent: Record is not a CloudEvent in JSON");
    }

    @Test
    void aCodeTheHandlerRefusesIsPoisonToo() {
        when(kafka.send(any(ProducerRecord.class))).thenReturn(CompletableFuture.completedFuture(mock(SendResult.class)));

        assertThat(handler.handleOne(failed(new IllegalArgumentException("No enum constant PersonnelCategory.XX")), record,
                mock(Consumer.class), container)).isTrue();
    }

    private static RuntimeException failed(RuntimeException cause) {
        return new ListenerExecutionFailedException("Listener failed", cause);
    }
}
