package org.misconduct.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler.FirstMatchingCompositeObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingReceiverTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.intake.AllegationRegistered;

class EventTraceTest {

    private static final String TOPIC = "misconduct.intake.v1";

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final ObservationRegistry observations = tracedObservations(spans);
    private final EventTelemetry telemetry = new EventTelemetry(observations, new SimpleMeterRegistry());
    private final CloudEventCodec codec = new CloudEventCodec(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

    @Test
    void theConsumersSpanContinuesTheTraceOfTheRequestThatPublishedTheEvent() {
        AllegationRegistered event = new AllegationRegistered("ALG-2026-000001", "MINUSCA", "WEB", "MC", "XAA", 1, false,
                Instant.parse("2026-11-20T08:00:00Z"));
        AtomicReference<byte[]> published = new AtomicReference<>();

        Observation.createNotStarted("http.server.requests", observations).contextualName("complaint request")
                .observe(() -> telemetry.publishing(event, TOPIC, traceContext -> published.set(
                        codec.encode(event, "event-1", URI.create("/intake-service"), Instant.now(), traceContext))));
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(TOPIC, 0, 0, event.key(), published.get());
        telemetry.receiving(record, "referral-listener", event.eventType(), "event-1", codec.read(published.get()).traceContext(), () -> { });

        SpanData request = span("complaint request");
        SpanData publish = span("publish AllegationRegistered");
        SpanData receive = span("receive AllegationRegistered");
        assertThat(codec.read(published.get()).traceContext()).containsKey("traceparent");
        assertThat(List.of(publish.getTraceId(), receive.getTraceId())).containsOnly(request.getTraceId());
        assertThat(publish.getParentSpanId()).isEqualTo(request.getSpanId());
        assertThat(receive.getParentSpanId()).isEqualTo(publish.getSpanId());
        assertThat(receive.getAttributes().asMap().toString()).contains("ALG-2026-000001", "referral-listener");
    }

    @Test
    void anEventWithoutTraceContextStartsATraceOfItsOwn() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(TOPIC, 0, 0, "ALG-2026-000002", new byte[0]);

        telemetry.receiving(record, "referral-listener", "AllegationRegistered", "event-2", Map.of(), () -> { });

        assertThat(span("receive AllegationRegistered").getParentSpanId()).isEqualTo("0000000000000000");
    }

    private SpanData span(String name) {
        return spans.getFinishedSpanItems().stream().filter(span -> span.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No span " + name + " in " + spans.getFinishedSpanItems()));
    }

    private static ObservationRegistry tracedObservations(InMemorySpanExporter exporter) {
        SdkTracerProvider provider = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
        io.opentelemetry.api.trace.Tracer otelTracer = provider.get("test");
        OtelCurrentTraceContext current = new OtelCurrentTraceContext();
        OtelTracer tracer = new OtelTracer(otelTracer, current, event -> { },
                new OtelBaggageManager(current, List.of(), List.of()));
        OtelPropagator propagator = new OtelPropagator(ContextPropagators.create(W3CTraceContextPropagator.getInstance()), otelTracer);
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new FirstMatchingCompositeObservationHandler(
                new PropagatingSenderTracingObservationHandler<>(tracer, propagator),
                new PropagatingReceiverTracingObservationHandler<>(tracer, propagator),
                new DefaultTracingObservationHandler(tracer)));
        return registry;
    }
}
