package org.misconduct.streaming;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonCloudEventData;
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

    /**
     * Reads a record's value once: the envelope, its data as JSON and, for a type this build knows, the typed event.
     *
     * @throws UndecodableEvent when the value is not a CloudEvent in JSON, its data is not JSON, or a known type's data
     *                          is missing or does not fit the type
     */
    public IncomingEvent read(byte[] bytes) {
        CloudEvent cloudEvent = deserialize(bytes);
        JsonNode data = jsonDataOf(cloudEvent);
        PublishedEvent event = PublishedEventCatalogue.classOf(cloudEvent.getType())
                .map(type -> fromJson(cloudEvent.getId(), data, type))
                .orElse(null);
        return new IncomingEvent(cloudEvent.getId(), cloudEvent.getType(), cloudEvent.getSource().toString(),
                cloudEvent.getTime() == null ? null : cloudEvent.getTime().toInstant(), cloudEvent.getSubject(), data,
                traceContextOf(cloudEvent), event);
    }

    private static Map<String, String> traceContextOf(CloudEvent cloudEvent) {
        Map<String, String> traceContext = new HashMap<>();
        for (String name : TraceContextAttributes.NAMES) {
            Object value = cloudEvent.getExtension(name);
            if (value != null) {
                traceContext.put(name, value.toString());
            }
        }
        return traceContext;
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

    private JsonNode jsonDataOf(CloudEvent cloudEvent) {
        if (cloudEvent.getData() == null) {
            return null;
        }
        if (cloudEvent.getData() instanceof JsonCloudEventData json) {
            return json.getNode();
        }
        try {
            return objectMapper.readTree(cloudEvent.getData().toBytes());
        } catch (Exception e) {
            throw new UndecodableEvent("CloudEvent " + cloudEvent.getId() + " carries data that is not JSON", e);
        }
    }

    private PublishedEvent fromJson(String id, JsonNode data, Class<? extends PublishedEvent> type) {
        if (data == null || data.isNull()) {
            throw new UndecodableEvent("CloudEvent " + id + " carries no data", null);
        }
        try {
            return objectMapper.treeToValue(data, type);
        } catch (Exception e) {
            throw new UndecodableEvent("Cannot read CloudEvent " + id + " as " + type.getSimpleName(), e);
        }
    }
}
