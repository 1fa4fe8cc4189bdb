package org.misconduct.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.misconduct.system.RunningSystem.Service.INTAKE;
import static org.misconduct.system.RunningSystem.Service.REPORTING;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.misconduct.system.RunningSystem.Service;

/** HSTS where the request came over TLS, no cross-origin access, and the pages' content security policies. */
class TransportSecuritySystemIT {

    private static final String ELSEWHERE = "https://elsewhere.example";

    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void strictTransportSecurityIsSentForRequestsThatReachedTheProxyOverTls() {
        for (Service service : Service.values()) {
            HttpResponse<String> plain = send(request(service, "/readyz").GET());
            HttpResponse<String> overTls = send(request(service, "/readyz").header("X-Forwarded-Proto", "https").GET());

            assertThat(plain.headers().firstValue("Strict-Transport-Security")).as(service + " over HTTP").isEmpty();
            assertThat(overTls.headers().firstValue("Strict-Transport-Security")).as(service + " behind TLS")
                    .hasValue("max-age=31536000 ; includeSubDomains");
        }
    }

    @Test
    void noOtherOriginMayCallAnyService() {
        for (Service service : Service.values()) {
            HttpResponse<String> simple = send(request(service, "/readyz").header("Origin", ELSEWHERE).GET());
            HttpResponse<String> preflight = send(request(service, "/v3/api-docs")
                    .header("Origin", ELSEWHERE)
                    .header("Access-Control-Request-Method", "POST")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

            assertThat(simple.statusCode()).as(service + " cross-origin GET").isEqualTo(403);
            assertThat(preflight.statusCode()).as(service + " preflight").isEqualTo(403);
            assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void theApiAndTheWebFormStillTakeRequestsFromTheirOwnPages() {
        URI base = URI.create(system.baseUrl(INTAKE));
        HttpResponse<String> sameOrigin = send(request(INTAKE, "/api/v1/complaints")
                .header("Origin", base.getScheme() + "://" + base.getAuthority())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"mission":"UNMISS","description":"A patrol member asked for money at the checkpoint.","language":"en"}""")));
        // A browser submitting a form from a page whose referrer policy is no-referrer names no origin.
        HttpResponse<String> formPost = send(request(INTAKE, "/complaints")
                .header("Origin", "null")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("lang=en&switchLanguage=fr")));

        assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isEqualTo(201);
        assertThat(formPost.statusCode()).as(formPost.body()).isEqualTo(200);
        assertThat(formPost.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void thePagesMayRunNoScriptFromElsewhereAndCannotBeFramed() {
        String councilReport = "/council-reports/" + Year.now(ZoneOffset.UTC);
        for (HttpResponse<String> page : List.of(
                send(request(INTAKE, "/").GET()),
                send(request(REPORTING, "/").GET()),
                send(request(REPORTING, councilReport).header("Authorization", "Bearer " + system.token("conduct.officer")).GET()))) {
            assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(page.uri().toString())
                    .hasValueSatisfying(policy -> assertThat(policy)
                            .contains("default-src 'none'", "frame-ancestors 'none'", "form-action 'self'")
                            .doesNotContain("unsafe-inline", "unsafe-eval", "*"));
        }
    }

    private static HttpRequest.Builder request(Service service, String path) {
        return HttpRequest.newBuilder(URI.create(system.baseUrl(service) + path)).timeout(Duration.ofSeconds(30));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return system.exchange(request.build());
    }
}
