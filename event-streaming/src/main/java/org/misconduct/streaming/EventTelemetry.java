package org.misconduct.streaming;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.observation.transport.SenderContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.misconduct.contracts.PublishedEvent;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Traces and meters of published events. Publishing observes the send and hands its trace context to the event
 * (the CloudEvents distributed-tracing extension); receiving continues that trace around the consumer's handler,
 * so a request, the event it caused and everything consumers do with it form one trace.
 */
public class EventTelemetry {

    private static final String KAFKA = "kafka";

    private final ObservationRegistry observations;
    private final MeterRegistry meters;

    public EventTelemetry(ObservationRegistry observations, MeterRegistry meters) {
        this.observations = observations;
        this.meters = meters;
    }

    /** Neither traces nor meters anyone reads: for code that runs outside a service. */
    public static EventTelemetry none() {
        return new EventTelemetry(ObservationRegistry.NOOP, new SimpleMeterRegistry());
    }

    /** Runs the publication with the trace context its event must carry. */
    void publishing(PublishedEvent event, String topic, Consumer<Map<String, String>> publication) {
        Map<String, String> traceContext = new HashMap<>();
        SenderContext<Map<String, String>> context = new SenderContext<>(
                (carrier, key, value) -> carrier.put(key, value));
        context.setCarrier(traceContext);
        context.setRemoteServiceName(KAFKA);
        Observation.createNotStarted("misconduct.events.published", () -> context, observations)
                .contextualName("publish " + event.eventType())
                .lowCardinalityKeyValue("topic", topic)
                .lowCardinalityKeyValue("type", event.eventType())
                .highCardinalityKeyValue("cloudevents.event_subject", event.key())
                .observe(() -> publication.accept(traceContext));
    }

    /** Runs a consumer's handling inside the trace the event carries. */
    void receiving(ConsumerRecord<String, byte[]> record, String consumer, String type, String eventId,
                   Map<String, String> traceContext, Runnable handling) {
        ReceiverContext<Map<String, String>> context = new ReceiverContext<>(Map::get);
        context.setCarrier(traceContext);
        context.setRemoteServiceName(KAFKA);
        Observation.createNotStarted("misconduct.events.received", () -> context, observations)
                .contextualName("receive " + type)
                .lowCardinalityKeyValue("topic", record.topic())
                .lowCardinalityKeyValue("consumer", consumer)
                .lowCardinalityKeyValue("type", type)
                .highCardinalityKeyValue("cloudevents.event_id", eventId)
                .highCardinalityKeyValue("cloudevents.event_subject", String.valueOf(record.key()))
                .observe(handling);
    }

    /** Counts an event a consumer handled, once the transaction that recorded its effects commits. */
    void countProjected(String topic, String consumer) {
        Counter counter = Counter.builder("misconduct.events.projected")
                .description("Published events a consumer handled for the first time")
                .tag("topic", topic)
                .tag("consumer", consumer)
                .register(meters);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }
}
