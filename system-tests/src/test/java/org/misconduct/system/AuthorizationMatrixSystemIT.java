package org.misconduct.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.misconduct.local.ProjectRoot;
import org.misconduct.system.AuthorizationMatrix.Operation;
import org.misconduct.system.AuthorizationMatrix.Row;
import org.misconduct.system.RunningSystem.Service;

/**
 * Every operation in every service's OpenAPI document, called as nobody, as each role with a real Keycloak token,
 * and with an expired token and one of another issuer, must answer as the matrix in {@code docs/security.md} says,
 * with the security headers on every answer. An operation missing from the matrix fails the build.
 */
class AuthorizationMatrixSystemIT {

    /** The matrix's columns and the development users who hold each role. */
    private static final Map<String, Optional<String>> USERS = Map.ofEntries(
            Map.entry("anonymous", Optional.empty()),
            Map.entry("intake-officer", Optional.of("intake.officer")),
            Map.entry("community-focal-point", Optional.of("focal.point")),
            Map.entry("investigator", Optional.of("investigator.oios")),
            Map.entry("NIO of the case's state", Optional.of("investigator.nio")),
            Map.entry("NIO of another state", Optional.of("investigator.nio.xab")),
            Map.entry("victim-assistance-officer", Optional.of("victim.officer")),
            Map.entry("conduct-officer", Optional.of("conduct.officer")),
            Map.entry("screening-officer", Optional.of("screening.officer")),
            Map.entry("auditor", Optional.of("auditor")),
            Map.entry("admin", Optional.of("admin")));
    /** OIOS's investigator acts on the case OIOS investigates; everyone else on the one the Member State investigates. */
    private static final String ON_THE_OIOS_CASE = "investigator";
    /** The services' bounded clock skew, plus a margin. */
    private static final Duration BEYOND_SKEW = Duration.ofSeconds(30 + 2);

    private static RunningSystem system;
    private static AuthorizationMatrix matrix;
    private static CaseFixture oiosCase;
    private static CaseFixture memberStateCase;
    private static String shortLivedToken;

    @BeforeAll
    static void prepare() {
        system = RunningSystem.shared();
        matrix = AuthorizationMatrix.read(ProjectRoot.find().resolve("docs/security.md"));
        shortLivedToken = system.keycloak().shortLivedToken("admin");
        oiosCase = CaseFixture.create(system, "XAA", "OIOS");
        memberStateCase = CaseFixture.create(system, "XAA", "TCC");
    }

    @Test
    void everyOperationOfEveryServiceIsInTheMatrixAndEveryRowIsARealOperation() {
        List<String> unreviewed = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (Service service : Service.values()) {
            List<Operation> served = OpenApiOperations.of(system, service);
            List<Operation> documented = matrix.rowsOf(service).stream().map(Row::operation).toList();
            served.stream().filter(operation -> !documented.contains(operation))
                    .forEach(operation -> unreviewed.add(service + " " + operation));
            documented.stream().filter(operation -> !served.contains(operation))
                    .forEach(operation -> stale.add(service + " " + operation));
        }
        assertThat(unreviewed).as("operations served but missing from the matrix in docs/security.md").isEmpty();
        assertThat(stale).as("matrix rows no service serves").isEmpty();
    }

    @Test
    void everyOperationAnswersEveryRoleAsTheMatrixSaysWithTheSecurityHeaders() {
        assertThat(matrix.principals()).as("matrix columns").containsExactlyInAnyOrderElementsOf(USERS.keySet());
        List<String> mismatches = new ArrayList<>();
        List<String> headerProblems = new ArrayList<>();
        for (Row row : matrix.rows()) {
            row.outcomes().forEach((principal, expected) -> {
                String token = USERS.get(principal).map(system::token).orElse(null);
                HttpResponse<String> answer = call(row, token, principal.equals(ON_THE_OIOS_CASE) ? oiosCase : memberStateCase);
                if (!expected.admits(answer.statusCode())) {
                    mismatches.add("%s %s as %s: expected %s, got %d %s".formatted(row.service(), row.operation(), principal,
                            expected, answer.statusCode(), abbreviated(answer.body())));
                }
                headerProblems.addAll(SecurityHeaders.problemsOf(answer));
            });
        }
        assertThat(mismatches).as("answers that differ from docs/security.md").isEmpty();
        assertThat(headerProblems).as("responses without the required security headers").isEmpty();
    }

    @Test
    void everyOperationRefusesATokenOfAnotherIssuerAndAnExpiredOne() {
        String foreign = system.keycloak().foreignIssuerToken();
        awaitExpiryOfTheShortLivedToken();
        List<String> accepted = new ArrayList<>();
        for (Row row : matrix.rows()) {
            for (Map.Entry<String, String> token : Map.of("foreign-issuer", foreign, "expired", shortLivedToken).entrySet()) {
                HttpResponse<String> answer = call(row, token.getValue(), memberStateCase);
                if (answer.statusCode() != 401) {
                    accepted.add("%s %s with an %s token: %d".formatted(row.service(), row.operation(), token.getKey(),
                            answer.statusCode()));
                }
            }
        }
        assertThat(accepted).as("operations that did not answer 401 to an invalid token").isEmpty();
    }

    @Test
    void whatNoRuleAllowsIsDeniedToEveryone() {
        for (Service service : Service.values()) {
            for (String path : List.of("/actuator/env", "/actuator/beans", "/internal")) {
                assertThat(system.get(service, path, null).status()).as(service + path).isEqualTo(401);
                assertThat(system.get(service, path, "admin").status()).as(service + path + " as admin").isEqualTo(403);
            }
        }
    }

    private static final String UPLOAD_BOUNDARY = "matrix-upload";
    private static final String UPLOAD = ("--%1$s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\nA note.\r\n--%1$s--\r\n").formatted(UPLOAD_BOUNDARY);

    private static HttpResponse<String> call(Row row, String token, CaseFixture fixture) {
        Operation operation = row.operation();
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(system.baseUrl(row.service()) + fixture.expand(operation.path())))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, text/html;q=0.9, */*;q=0.8");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        boolean sendsBody = operation.method().equals("POST") || operation.method().equals("PUT")
                || operation.method().equals("PATCH");
        if (!sendsBody) {
            request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
        } else if (operation.path().endsWith("/files") || operation.path().endsWith("/attachments")) {
            // An upload: one small file part, so the request reaches the decision rather than a content-type refusal.
            request.header("Content-Type", "multipart/form-data; boundary=" + UPLOAD_BOUNDARY)
                    .method(operation.method(), HttpRequest.BodyPublishers.ofString(UPLOAD));
        } else if (operation.path().startsWith("/api/")) {
            // An empty command: refused as invalid where a body is expected; the few bodiless ones act on the fixture case.
            request.header("Content-Type", "application/json").method(operation.method(), HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(operation.method(), HttpRequest.BodyPublishers.ofString(""));
        }
        return system.exchange(request.build());
    }

    private static void awaitExpiryOfTheShortLivedToken() {
        Instant expiredBeyondSkew = expiryOf(shortLivedToken).plus(BEYOND_SKEW);
        Duration remaining = Duration.between(Instant.now(), expiredBeyondSkew);
        if (!remaining.isNegative()) {
            await("the short-lived token expired beyond the skew").atMost(remaining.plusSeconds(5))
                    .until(() -> Instant.now().isAfter(expiredBeyondSkew));
        }
    }

    private static Instant expiryOf(String token) {
        try {
            JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            return Instant.ofEpochSecond(claims.get("exp").asLong());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }
}
