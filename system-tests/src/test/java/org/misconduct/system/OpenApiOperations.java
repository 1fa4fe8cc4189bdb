package org.misconduct.system;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.misconduct.system.AuthorizationMatrix.Operation;
import org.misconduct.system.RunningSystem.Response;
import org.misconduct.system.RunningSystem.Service;

/** Every operation a running service lists in its OpenAPI document. */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiOperations() {
    }

    static List<Operation> of(RunningSystem system, Service service) {
        Response document = system.get(service, "/v3/api-docs", null);
        if (document.status() != 200) {
            throw new AssertionError(service + " serves no OpenAPI document: " + document);
        }
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.json().path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    operations.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey()));
                }
            });
        }
        return operations;
    }
}
