package org.misconduct.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * An OTLP/HTTP endpoint in the test JVM that keeps every span the services export in memory, so a test can follow one
 * trace across the service processes.
 */
final class SpanCollector {

    private static final HexFormat HEX = HexFormat.of();

    private final HttpServer server;
    private final List<CollectedSpan> spans = new CopyOnWriteArrayList<>();

    private SpanCollector(HttpServer server) {
        this.server = server;
    }

    static SpanCollector start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            SpanCollector collector = new SpanCollector(server);
            server.createContext("/v1/traces", collector::receive);
            server.start();
            return collector;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
    }

    List<CollectedSpan> spans() {
        return List.copyOf(spans);
    }

    void stop() {
        server.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
            for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
                String service = attributes(resourceSpans.getResource().getAttributesList()).get("service.name");
                for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
                    scopeSpans.getSpansList().forEach(span -> spans.add(collected(service, span)));
                }
            }
        }
        byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
        exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private static CollectedSpan collected(String service, Span span) {
        return new CollectedSpan(service, HEX.formatHex(span.getTraceId().toByteArray()), span.getName(),
                attributes(span.getAttributesList()));
    }

    private static Map<String, String> attributes(List<KeyValue> attributes) {
        return attributes.stream().collect(Collectors.toMap(KeyValue::getKey,
                attribute -> attribute.getValue().getStringValue(), (first, second) -> first));
    }

    record CollectedSpan(String service, String traceId, String name, Map<String, String> attributes) {
    }
}
