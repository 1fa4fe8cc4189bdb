package org.misconduct.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationAssessed;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.CuttableProxy;
import org.misconduct.testinfra.PostgresDatabase;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TestCaseReferences;
import org.misconduct.testinfra.TestInfrastructure;
import org.misconduct.testinfra.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reporting's database is away far longer than the consumers' longest pause between retries (shortened here, so the
 * outage spans many retries): intake's registration, assessment and referral, published before the outage, wait on
 * Kafka, are set aside nowhere, and once the database returns the public table shows the allegation as intake
 * assessed and referred it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class ReferralAcrossDatabaseOutageIntegrationTest {

    private static final String SERVICE = "reporting-outage-it";
    private static final Duration MAX_RETRY_INTERVAL = Duration.ofSeconds(1);
    private static final Duration OUTAGE = MAX_RETRY_INTERVAL.multipliedBy(15);
    private static final Duration WITHIN = Duration.ofSeconds(90);
    /** A year and nationality no other test publishes, so the public table's row is this test's. */
    private static final Instant RECEIVED = Instant.parse("2014-05-20T08:00:00Z");
    private static final String NATIONALITY = "XQO";

    private static final PostgresDatabase DATABASE = TestInfrastructure.postgres(SERVICE.replace('-', '_'));
    private static final CuttableProxy LINK = CuttableProxy.toDatabase(DATABASE);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, SERVICE.replace('-', '_'));
        registry.add("spring.datasource.url", LINK::jdbcUrl);
        ServiceTestProperties.registerDisclosureOrderKey(registry);
        // Its own name and group: its own dead-letter topics, and no other test context takes its records.
        registry.add("spring.application.name", () -> SERVICE);
        registry.add("spring.kafka.consumer.group-id", () -> SERVICE);
        registry.add("misconduct.consumers.first-retry-interval", () -> "PT0.2S");
        registry.add("misconduct.consumers.max-retry-interval", MAX_RETRY_INTERVAL::toString);
        registry.add("misconduct.abuse-protection.public-disclosure.requests", () -> "1000000");
    }

    @AfterAll
    static void closeLink() {
        LINK.close();
    }

    @Autowired
    MockMvc http;
    @Autowired
    ObjectMapper json;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    /** The database itself, not through the link the service uses. */
    private final JdbcTemplate database = new JdbcTemplate(new DriverManagerDataSource(
            DATABASE.jdbcUrl(), DATABASE.username(), DATABASE.password()));

    @Test
    void aReferralPublishedBeforeTheOutageReachesThePublicTableAfterwardsAndNothingIsDeadLettered() throws Exception {
        String before = TestCaseReferences.next();
        publish(before, new AllegationRegistered(before, "MINUSCA", "WEB", "MC", "XAA", 1, false, RECEIVED));
        await("the consumer has caught up with the topic").atMost(WITHIN).until(() -> ledgered(before));

        // Intake's events are on Kafka before the outage and not yet consumed: reporting meets them with its database away.
        listeners.stop();
        String referral = TestCaseReferences.next();
        publish(referral, new AllegationRegistered(referral, "MINUSCA", "WEB", "MC", NATIONALITY, 2, true, RECEIVED));
        publish(referral, new AllegationAssessed(referral, "SE", "TRANSACTIONAL_SEX", "MC", NATIONALITY, NATIONALITY + "-BATT-1",
                2, true, "URGENT", RECEIVED.plus(Duration.ofDays(1))));
        AllegationReferred referred = new AllegationReferred(referral, "MINUSCA", "SE", "TRANSACTIONAL_SEX", "MC", NATIONALITY,
                NATIONALITY + "-BATT-1", 2, true, "URGENT", "OIOS", RECEIVED, RECEIVED.plus(Duration.ofDays(2)));
        publish(referral, referred);
        LINK.cut();
        listeners.start();
        Instant cutAt = Instant.now();
        await("the outage, the referral neither recorded nor set aside").during(OUTAGE).atMost(OUTAGE.plusSeconds(10))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> !ledgered(referral) && !deadLettered(referral));
        assertThat(http.perform(get("/api/v1/public/allegations").param("year", "2014")).andReturn().getResponse()
                .getStatus()).isEqualTo(503);
        LINK.restore();
        System.out.printf("Reporting database away %d s, the consumers' longest pause %d s%n",
                Duration.between(cutAt, Instant.now()).toSeconds(), MAX_RETRY_INTERVAL.toSeconds());

        List<JsonNode> rows = await("the allegation in the public table").atMost(WITHIN)
                .until(() -> publicRows(referred), found -> found.size() == 1
                        && "REFERRED".equals(found.get(0).path("status").asText()));
        JsonNode row = rows.get(0);
        assertThat(row.get("yearReceived").asInt()).isEqualTo(2014);
        assertThat(row.get("monthReceived").asInt()).isEqualTo(5);
        assertThat(row.get("mission").asText()).isEqualTo(referred.mission());
        assertThat(row.get("personnelCategory").asText()).isEqualTo(referred.personnelCategory());
        assertThat(row.get("allegationType").asText()).isEqualTo(referred.allegationType());
        assertThat(row.get("investigatingEntity").asText()).isEqualTo(referred.investigatingEntity());

        assertThat(deadLettered(referral)).isFalse();
        String letters = http.perform(get("/api/v1/dead-letters").with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(letters).findValuesAsText("key")).doesNotContain(referral, before);
    }

    private void publish(String caseReference, PublishedEvent event) {
        TopicRecords.send(Topics.INTAKE, caseReference,
                codec.encode(event, UUID.randomUUID().toString(), URI.create("/intake-service"), Instant.now()));
    }

    private boolean ledgered(String caseReference) {
        return database.queryForObject("SELECT count(*) FROM public_allegation WHERE case_reference = ?", Long.class,
                caseReference) > 0;
    }

    private List<JsonNode> publicRows(AllegationReferred referred) throws Exception {
        var response = http.perform(get("/api/v1/public/allegations").param("year", "2014")
                .param("nationality", referred.nationality())).andReturn().getResponse();
        if (response.getStatus() != 200) {
            return List.of();
        }
        JsonNode body = json.readTree(response.getContentAsString());
        JsonNode rows = body.isArray() ? body : body.path("allegations");
        List<JsonNode> found = new java.util.ArrayList<>();
        rows.forEach(found::add);
        return found;
    }

    private static boolean deadLettered(String caseReference) {
        return TopicRecords.everything(Topics.INTAKE + "." + SERVICE + ".dlt").stream()
                .anyMatch(letter -> caseReference.equals(letter.key()));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return jwt().jwt(token -> token.subject("operator.one").claim("preferred_username", "operator.one"))
                .authorities(new SimpleGrantedAuthority("ROLE_admin"));
    }
}
