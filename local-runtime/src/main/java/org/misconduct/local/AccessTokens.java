package org.misconduct.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** Gets access tokens from a Keycloak realm with the resource-owner password grant, as a developer would with curl. */
public final class AccessTokens {

    public static final String CLIENT_ID = "misconduct-cli";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private AccessTokens() {
    }

    /** @param issuerUri the realm's URL, e.g. {@code http://localhost:8180/realms/misconduct} */
    public static String passwordGrant(String issuerUri, String username, String password) {
        return passwordGrant(issuerUri, CLIENT_ID, username, password);
    }

    /** The same grant through another public client of the realm. */
    public static String passwordGrant(String issuerUri, String clientId, String username, String password) {
        String form = Map.of(
                        "grant_type", "password",
                        "client_id", clientId,
                        "username", username,
                        "password", password)
                .entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuerUri + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token request for " + username + " failed with "
                        + response.statusCode() + ": " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            return body.path("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Token request for " + username + " to " + issuerUri + " failed", e);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during token request", interrupted);
        }
    }
}
