package org.misconduct.testinfra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.misconduct.local.AccessTokens;
import org.misconduct.local.LocalKeycloak;

/**
 * Sets up, through Keycloak's admin API, what tests of token validation need beside the imported realm:
 * a foreign realm and a client whose tokens live one second.
 */
final class KeycloakAdministration {

    static final String FOREIGN_REALM = "foreign";
    static final String FOREIGN_USER = "intruder";
    static final String SHORT_LIVED_CLIENT = "misconduct-short-lived";

    private static final List<String> ROLES = List.of("intake-officer", "community-focal-point", "investigator", "victim-assistance-officer",
            "conduct-officer", "auditor", "admin");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String issuerUri;

    private KeycloakAdministration(String issuerUri) {
        this.issuerUri = issuerUri;
        this.baseUrl = issuerUri.substring(0, issuerUri.indexOf("/realms/"));
    }

    static KeycloakAdministration of(String issuerUri) {
        return new KeycloakAdministration(issuerUri);
    }

    synchronized String foreignIssuerToken() {
        if (send(admin("/admin/realms/" + FOREIGN_REALM).GET()).statusCode() == 404) {
            create("/admin/realms", Map.of(
                    "realm", FOREIGN_REALM,
                    "enabled", true,
                    "roles", Map.of("realm", ROLES.stream().map(role -> Map.of("name", role)).toList()),
                    "clients", List.of(publicClient(AccessTokens.CLIENT_ID, Map.of())),
                    "users", List.of(Map.of(
                            "username", FOREIGN_USER,
                            "enabled", true,
                            "email", FOREIGN_USER + "@foreign.example",
                            "emailVerified", true,
                            "firstName", "Foreign",
                            "lastName", "User",
                            "credentials", List.of(Map.of("type", "password", "value", FOREIGN_USER, "temporary", false)),
                            "realmRoles", ROLES))));
        }
        return AccessTokens.passwordGrant(baseUrl + "/realms/" + FOREIGN_REALM, FOREIGN_USER, FOREIGN_USER);
    }

    synchronized String shortLivedToken(String username) {
        String realm = issuerUri.substring(issuerUri.lastIndexOf('/') + 1);
        String clients = "/admin/realms/" + realm + "/clients";
        HttpResponse<String> existing = send(admin(clients + "?clientId=" + SHORT_LIVED_CLIENT).GET());
        if ("[]".equals(existing.body().trim())) {
            create(clients, publicClient(SHORT_LIVED_CLIENT, Map.of("access.token.lifespan", "1")));
        }
        return AccessTokens.passwordGrant(issuerUri, SHORT_LIVED_CLIENT, username, username);
    }

    private static Map<String, Object> publicClient(String clientId, Map<String, String> attributes) {
        return Map.of(
                "clientId", clientId,
                "enabled", true,
                "publicClient", true,
                "directAccessGrantsEnabled", true,
                "standardFlowEnabled", false,
                "attributes", attributes,
                "protocolMappers", List.of(Map.of(
                        "name", "misconduct-api audience",
                        "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper",
                        "config", Map.of("included.custom.audience", "misconduct-api", "access.token.claim", "true"))));
    }

    private void create(String path, Object representation) {
        try {
            HttpResponse<String> response = send(admin(path)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(representation))));
            if (response.statusCode() != 201 && response.statusCode() != 409) {
                throw new IllegalStateException("Keycloak refused " + path + ": " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken());
    }

    private String adminToken() {
        return AccessTokens.passwordGrant(baseUrl + "/realms/master", "admin-cli",
                LocalKeycloak.ADMIN_CONSOLE_USER, LocalKeycloak.ADMIN_CONSOLE_PASSWORD);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
