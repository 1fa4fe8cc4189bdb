package org.misconduct.testinfra.hostile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of a service's OpenAPI document: what a request to it may carry.
 *
 * @param bodyFields the top-level fields of its JSON body, so hostile bodies name them with values of the wrong kind
 */
public record OpenApiOperation(String method, String path, List<Parameter> parameters, BodyKind body, List<String> bodyFields) {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    public enum BodyKind { NONE, JSON, MULTIPART }

    public record Parameter(String name, String in) {
    }

    public List<Parameter> in(String location) {
        return parameters.stream().filter(parameter -> parameter.in().equals(location)).toList();
    }

    /** Whether a request can carry nothing but its method and path (an action such as a rebuild). */
    public boolean takesNoInput() {
        return parameters.isEmpty() && body == BodyKind.NONE;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    public static List<OpenApiOperation> of(JsonNode document) {
        List<OpenApiOperation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(entry -> {
                if (METHODS.contains(entry.getKey())) {
                    operations.add(operation(document, entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), entry.getValue()));
                }
            });
        }
        return operations;
    }

    private static OpenApiOperation operation(JsonNode document, String method, String path, JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> parameters.add(
                new Parameter(parameter.path("name").asText(), parameter.path("in").asText())));
        JsonNode content = operation.path("requestBody").path("content");
        BodyKind body = content.has("multipart/form-data") ? BodyKind.MULTIPART
                : content.size() > 0 ? BodyKind.JSON : BodyKind.NONE;
        List<String> fields = new ArrayList<>();
        JsonNode schema = content.elements().hasNext() ? content.elements().next().path("schema") : null;
        if (schema != null) {
            JsonNode resolved = schema.has("$ref") ? resolve(document, schema.path("$ref").asText()) : schema;
            resolved.path("properties").fieldNames().forEachRemaining(fields::add);
        }
        return new OpenApiOperation(method, path, List.copyOf(parameters), body, List.copyOf(fields));
    }

    private static JsonNode resolve(JsonNode document, String reference) {
        JsonNode node = document;
        for (String step : reference.replaceFirst("^#/", "").split("/")) {
            node = node.path(step);
        }
        return node;
    }
}
