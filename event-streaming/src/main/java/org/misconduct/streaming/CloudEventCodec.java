package org.misconduct.streaming;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;
import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.PublishedEventCatalogue;

/** Published events as CloudEvents 1.0 in structured JSON mode, the wire format of every topic. */
public class CloudEventCodec {

    private static final String JSON = "application/json";

    private final ObjectMapper objectMapper;
    private final EventFormat format = new JsonFormat();

    public CloudEventCodec(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public byte[] encode(PublishedEvent event, String id, URI source, Instant time) {
        return encode(event, id, source, time, Map.of());
    }

    /**
     * @param traceContext the CloudEvents distributed-tracing extension's {@code traceparent} and {@code tracestate}
     *                     of the publishing span; other entries are ignored
     */
    public byte[] encode(PublishedEvent event, String id, URI source, Instant time, Map<String, String> traceContext) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(id)
                .withType(event.eventType())
                .withSource(source)
                .withSubject(event.key())
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withDataContentType(JSON)
                .withData(JSON, toJson(event));
        TraceContextAttributes.NAMES.stream()
                .filter(traceContext::containsKey)
                .forEach(name -> builder.withExtension(name, traceContext.get(name)));
        return format.serialize(builder.build());
    }

    /** The distributed-tracing extension attributes the event carries: none, or {@code traceparent} and maybe {@code tracestate}. */
    public Map<String, String> traceContextOf(byte[] bytes) {
        CloudEvent cloudEvent = deserialize(bytes);
        Map<String, String> traceContext = new HashMap<>();
        for (String name : TraceContextAttributes.NAMES) {
            Object value = cloudEvent.getExtension(name);
            if (value != null) {
                traceContext.put(name, value.toString());
            }
        }
        return traceContext;
    }

    /** Empty when the event's type is unknown to this build (a newer publisher): consumers skip it. */
    public Optional<ReceivedEvent> decode(byte[] bytes) {
        CloudEvent cloudEvent = deserialize(bytes);
        return PublishedEventCatalogue.classOf(cloudEvent.getType())
                .map(type -> new ReceivedEvent(
                        cloudEvent.getId(),
                        cloudEvent.getType(),
                        cloudEvent.getSource().toString(),
                        cloudEvent.getTime() == null ? null : cloudEvent.getTime().toInstant(),
                        fromJson(cloudEvent, type)));
    }

    /** The CloudEvent id alone, for events this build cannot decode. */
    public String idOf(byte[] bytes) {
        return deserialize(bytes).getId();
    }

    private CloudEvent deserialize(byte[] bytes) {
        try {
            return format.deserialize(bytes);
        } catch (RuntimeException e) {
            throw new UndecodableEvent("Record is not a CloudEvent in JSON", e);
        }
    }

    private byte[] toJson(PublishedEvent event) {
        try {
            return objectMapper.writeValueAsBytes(event);
        } catch (Exception e) {
            throw new IllegalArgumentException("Cannot write " + event.eventType() + " as JSON", e);
        }
    }

    private PublishedEvent fromJson(CloudEvent cloudEvent, Class<? extends PublishedEvent> type) {
        if (cloudEvent.getData() == null) {
            throw new UndecodableEvent("CloudEvent " + cloudEvent.getId() + " carries no data", null);
        }
        try {
            return objectMapper.readValue(cloudEvent.getData().toBytes(), type);
        } catch (Exception e) {
            throw new UndecodableEvent("Cannot read CloudEvent " + cloudEvent.getId() + " as " + type.getSimpleName(), e);
        }
    }
}
