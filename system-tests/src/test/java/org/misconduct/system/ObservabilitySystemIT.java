package org.misconduct.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.misconduct.system.RunningSystem.Service.INTAKE;
import static org.misconduct.system.RunningSystem.Service.INVESTIGATION;
import static org.misconduct.system.RunningSystem.Service.REPORTING;
import static org.misconduct.system.RunningSystem.Service.VICTIM_ASSISTANCE;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.misconduct.system.RunningSystem.Service;
import org.misconduct.system.SpanCollector.CollectedSpan;

/**
 * What an operator sees of the running system: metrics and health details on each service's management port only,
 * the contract's meters, readiness that includes the database, and one trace from a request through Kafka.
 */
class ObservabilitySystemIT {

    private static final Duration WITHIN = Duration.ofMinutes(2);

    private static RunningSystem system;
    private static CaseFixture fixture;

    @BeforeAll
    static void runACaseWithAVictimWhoseEvidenceClockBreaches() {
        system = RunningSystem.shared();
        fixture = CaseFixture.create(system, "XOB");
    }

    @Test
    void metricsAreServedOnTheManagementPortAndNotOnTheServicePort() {
        for (Service service : Service.values()) {
            HttpResponse<String> management = get(system.managementUrl(service) + "/actuator/prometheus");
            HttpResponse<String> servicePort = get(system.baseUrl(service) + "/actuator/prometheus");

            assertThat(management.statusCode()).as(service + " management port").isEqualTo(200);
            assertThat(management.body()).as(service + " JVM and HTTP meters").contains("jvm_memory_used_bytes", "http_server_requests");
            assertThat(servicePort.statusCode()).as(service + " service port").isIn(401, 404);
            assertThat(servicePort.body()).doesNotContain("# HELP");
        }
    }

    @Test
    void theManagementPortServesNothingButHealthInfoAndMetrics() {
        for (Service service : Service.values()) {
            assertThat(get(system.managementUrl(service) + "/actuator/env").statusCode()).as(service + " env").isIn(401, 403, 404);
            assertThat(get(system.managementUrl(service) + "/actuator/health/liveness").statusCode()).as(service + " liveness").isEqualTo(200);
        }
    }

    @Test
    void readinessOnTheServicePortIncludesTheDatabase() {
        for (Service service : Service.values()) {
            HttpResponse<String> readiness = get(system.baseUrl(service) + "/readyz");
            HttpResponse<String> liveness = get(system.baseUrl(service) + "/livez");

            assertThat(readiness.statusCode()).as(service + " /readyz").isEqualTo(200);
            assertThat(readiness.body()).as(service + " readiness components").contains("\"db\"", "\"readinessState\"");
            assertThat(liveness.statusCode()).as(service + " /livez").isEqualTo(200);
        }
    }

    @Test
    void eachContractMeterCountsWhatHappened() {
        assertMeter(INTAKE, "misconduct_complaints_received_total", "channel=\"WEB\"");
        assertMeter(VICTIM_ASSISTANCE, "misconduct_victims_registered_total", "");
        assertMeter(REPORTING, "misconduct_events_projected_total", "topic=\"misconduct.intake.v1\"");
        assertMeter(INVESTIGATION, "misconduct_events_projected_total", "topic=\"misconduct.intake.v1\"");
        // The case's evidence clock runs 20 seconds in the system tests and nobody preserves its evidence.
        assertMeter(INVESTIGATION, "misconduct_clock_breaches_total", "clock=\"evidence-preservation\"");
        for (Service publisher : List.of(INTAKE, INVESTIGATION, VICTIM_ASSISTANCE)) {
            await(publisher + " publication lag").atMost(WITHIN).untilAsserted(() ->
                    assertThat(PrometheusText.value(scrape(publisher), "misconduct_publication_lag_seconds", ""))
                            .as(publisher + " publication lag").hasValueSatisfying(lag -> assertThat(lag).isBetween(0.0, 60.0)));
        }
        await("investigation's case-queue lag").atMost(WITHIN).untilAsserted(() ->
                assertThat(PrometheusText.value(scrape(INVESTIGATION), "misconduct_processor_lag_seconds", "processor=\"case-queue\""))
                        .as("case-queue lag").hasValueSatisfying(lag -> assertThat(lag).isBetween(0.0, 60.0)));
    }

    @Test
    void oneTraceRunsFromIntakesReferralRequestToTheInvestigationConsumersSpanForTheSameCase() {
        String caseReference = fixture.caseReference();
        await("the spans of " + caseReference).atMost(WITHIN).untilAsserted(() -> {
            CollectedSpan request = span(span -> "intake-service".equals(span.service())
                    && span.attributes().getOrDefault("http.url", "").endsWith(caseReference + "/referral"))
                    .orElseThrow(() -> new AssertionError("no intake span of the referral request"));
            CollectedSpan consumer = span(span -> "investigation-service".equals(span.service())
                    && span.name().equals("receive AllegationReferred")
                    && caseReference.equals(span.attributes().get("cloudevents.event_subject")))
                    .orElseThrow(() -> new AssertionError("no investigation span receiving the referral"));

            assertThat(consumer.traceId()).as("trace of the investigation consumer").isEqualTo(request.traceId());
        });
    }

    private static void assertMeter(Service service, String meter, String labels) {
        await(service + " " + meter + "{" + labels + "}").atMost(WITHIN).untilAsserted(() ->
                assertThat(PrometheusText.value(scrape(service), meter, labels)).as(service + " " + meter)
                        .hasValueSatisfying(value -> assertThat(value).isGreaterThanOrEqualTo(1.0)));
    }

    private static Optional<CollectedSpan> span(java.util.function.Predicate<CollectedSpan> matching) {
        return system.spans().spans().stream().filter(matching).findFirst();
    }

    private static String scrape(Service service) {
        HttpResponse<String> response = get(system.managementUrl(service) + "/actuator/prometheus");
        assertThat(response.statusCode()).as(service + " scrape").isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> get(String url) {
        return system.exchange(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build());
    }
}
