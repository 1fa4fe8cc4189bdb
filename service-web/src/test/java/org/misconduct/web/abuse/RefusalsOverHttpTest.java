package org.misconduct.web.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.misconduct.web.ResourceServer;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 429 and 413 through a real servlet container and the shared security setup: the same security headers and
 * problem+json as every other answer, whether the refusal comes from the filter or from reading the body.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "misconduct.abuse-protection.max-request-bytes=1024")
class RefusalsOverHttpTest {

    private static final RateLimit ECHOES = new RateLimit("echoes", new Allowance(2, Duration.ofMinutes(10)));

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aClientOverItsAllowanceGetsAProblemWithRetryAfterAndTheSecurityHeaders() throws Exception {
        post("/public/echo", "{}", "rate-limited");
        post("/public/echo", "{}", "rate-limited");
        HttpResponse<String> refused = post("/public/echo", "{}", "rate-limited");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertProblemWithSecurityHeaders(refused);
    }

    @Test
    void aBodyAnnouncedAsTooLargeGets413WithTheSecurityHeaders() throws Exception {
        HttpResponse<String> refused = post("/public/echo", "{\"text\":\"" + "x".repeat(2_000) + "\"}", "size-limited");

        assertThat(refused.statusCode()).isEqualTo(413);
        assertProblemWithSecurityHeaders(refused);
    }

    @Test
    void aChunkedBodyThatGrowsTooLargeGets413WithTheSecurityHeaders() throws Exception {
        byte[] body = ("{\"text\":\"" + "x".repeat(2_000) + "\"}").getBytes();
        HttpResponse<String> refused = http.send(request("/public/echo", "chunked")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        assertProblemWithSecurityHeaders(refused);
    }

    private static void assertProblemWithSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + response.statusCode());
        assertThat(response.headers().map()).containsKeys("X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy",
                "Content-Security-Policy", "Permissions-Policy", "Cache-Control");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    private HttpResponse<String> post(String path, String json, String client) throws IOException, InterruptedException {
        return http.send(request(path, client).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Each test speaks for its own client through a header the test's limits key on, as all come from 127.0.0.1. */
    private HttpRequest.Builder request(String path, String client) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("X-Test-Client", client);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class PublicEchoApplication {

        @Bean
        SecurityFilterChain security(HttpSecurity http, ResourceServer resourceServer) throws Exception {
            return resourceServer.apply(http)
                    .authorizeHttpRequests(requests -> requests.requestMatchers("/public/**", "/error").permitAll().anyRequest().denyAll())
                    .build();
        }

        @Bean
        PublicRequests publicRequests() {
            return new PublicRequests() {
                @Override
                public Optional<RateLimit> limitOf(HttpServletRequest request) {
                    String client = request.getHeader("X-Test-Client");
                    return request.getRequestURI().startsWith("/public/")
                            ? Optional.of(new RateLimit(ECHOES.name() + client, ECHOES.allowance())) : Optional.empty();
                }
            };
        }

        @Bean
        JwtDecoder noTokens() {
            return token -> {
                throw new BadJwtException("No token is valid here");
            };
        }

        @Bean
        EchoController echo() {
            return new EchoController();
        }
    }

    @RestController
    static class EchoController {

        @PostMapping("/public/echo")
        Map<String, Object> echo(@RequestBody Map<String, Object> body) {
            return body;
        }
    }
}
