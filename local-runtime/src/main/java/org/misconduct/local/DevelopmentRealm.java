package org.misconduct.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The development realm: the production realm configuration ({@code deploy/keycloak/realm}) with the development
 * additions ({@code deploy/keycloak/development}: users whose password is their name, the password grant for the
 * command-line client) laid over it, as keycloak-config-cli applies the two files in a deployment. Keycloak
 * imports the result at every start of a local or test instance.
 */
public final class DevelopmentRealm {

    static final String CONFIGURATION = "org/misconduct/local/realm/misconduct-realm.json";
    static final String DEVELOPMENT = "org/misconduct/local/development/misconduct-development.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DevelopmentRealm() {
    }

    /** The realm to import, as JSON. */
    public static byte[] json() {
        ObjectNode realm = read(CONFIGURATION);
        overlay(realm, read(DEVELOPMENT));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(realm);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Settings replace settings, clients are patched by clientId, users are added. */
    static void overlay(ObjectNode realm, ObjectNode development) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = development.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            switch (field.getKey()) {
                case "clients" -> field.getValue().forEach(client -> patchClient(realm.withArray("clients"), (ObjectNode) client));
                case "users" -> realm.withArray("users").addAll((ArrayNode) field.getValue());
                default -> realm.set(field.getKey(), field.getValue());
            }
        }
    }

    private static void patchClient(ArrayNode clients, ObjectNode patch) {
        for (JsonNode client : clients) {
            if (client.path("clientId").equals(patch.path("clientId"))) {
                ((ObjectNode) client).setAll(patch);
                return;
            }
        }
        clients.add(patch);
    }

    private static ObjectNode read(String resource) {
        try (InputStream in = DevelopmentRealm.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the local-runtime jar");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
