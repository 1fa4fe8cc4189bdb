package org.misconduct.investigation.caseopening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationReferred;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Investigation's database is away far longer than the consumers' longest pause between retries (shortened here, so
 * the outage spans many retries): a referral intake made before the outage waits on Kafka, is set aside nowhere, and
 * opens its case by itself once the database returns, with the allegation as intake referred it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class ReferralAcrossDatabaseOutageIntegrationTest {

    private static final String SERVICE = "investigation-outage-it";
    private static final Duration MAX_RETRY_INTERVAL = Duration.ofSeconds(1);
    private static final Duration OUTAGE = MAX_RETRY_INTERVAL.multipliedBy(15);
    private static final Duration WITHIN = Duration.ofSeconds(90);

    private static final PostgresDatabase DATABASE = TestInfrastructure.postgres(SERVICE.replace('-', '_'));
    private static final CuttableProxy LINK = CuttableProxy.toDatabase(DATABASE);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, SERVICE.replace('-', '_'));
        registry.add("spring.datasource.url", LINK::jdbcUrl);
        ServiceTestProperties.registerPersonalDataKey(registry);
        ServiceTestProperties.registerScreeningBlindIndexKey(registry);
        // Its own name and group: its own dead-letter topics, and no other test context takes its referrals.
        registry.add("spring.application.name", () -> SERVICE);
        registry.add("spring.kafka.consumer.group-id", () -> SERVICE);
        registry.add("misconduct.consumers.first-retry-interval", () -> "PT0.2S");
        registry.add("misconduct.consumers.max-retry-interval", MAX_RETRY_INTERVAL::toString);
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
    void aReferralMadeBeforeTheOutageOpensItsCaseAfterwardsAndNothingIsDeadLettered() throws Exception {
        String before = TestCaseReferences.next();
        refer(before);
        await("the consumer has caught up with the topic").atMost(WITHIN).until(() -> opened(before));

        // The referral is on Kafka before the outage and not yet consumed: the consumer meets it with its database away.
        listeners.stop();
        String referral = TestCaseReferences.next();
        AllegationReferred referred = refer(referral);
        LINK.cut();
        listeners.start();
        Instant cutAt = Instant.now();
        await("the outage, the referral neither opened nor set aside").during(OUTAGE).atMost(OUTAGE.plusSeconds(10))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> !opened(referral) && !deadLettered(referral));
        assertThat(http.perform(get("/api/v1/cases/{ref}", referral).with(investigator())).andReturn().getResponse()
                .getStatus()).isEqualTo(503);
        LINK.restore();
        System.out.printf("Investigation database away %d s, the consumers' longest pause %d s%n",
                Duration.between(cutAt, Instant.now()).toSeconds(), MAX_RETRY_INTERVAL.toSeconds());

        await("the case opened after the database's return").atMost(WITHIN).until(() -> opened(referral));
        JsonNode queued = await("the case in the queue").atMost(WITHIN).until(() -> caseView(referral), view -> view != null);
        assertThat(queued.get("mission").asText()).isEqualTo(referred.mission());
        assertThat(queued.get("allegationType").asText()).isEqualTo(referred.allegationType());
        assertThat(queued.get("personnelCategory").asText()).isEqualTo(referred.personnelCategory());
        assertThat(queued.get("nationality").asText()).isEqualTo(referred.nationality());
        assertThat(queued.get("investigatingEntity").asText()).isEqualTo(referred.investigatingEntity());
        assertThat(queued.get("priority").asText()).isEqualTo(referred.priority());
        assertThat(Instant.parse(queued.get("receivedAt").asText())).isEqualTo(referred.receivedAt());

        assertThat(deadLettered(referral)).isFalse();
        String letters = http.perform(get("/api/v1/dead-letters").with(role("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(letters).findValuesAsText("key")).doesNotContain(referral, before);
        assertThat(database.queryForObject("SELECT count(*) FROM deadletterentry WHERE aggregateidentifier IN (?, ?)",
                Long.class, referral, before)).isZero();
    }

    private static boolean deadLettered(String caseReference) {
        return TopicRecords.everything(Topics.INTAKE + "." + SERVICE + ".dlt").stream()
                .anyMatch(letter -> caseReference.equals(letter.key()));
    }

    private AllegationReferred refer(String caseReference) {
        Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(86_400);
        AllegationReferred referred = new AllegationReferred(caseReference, "MINUSCA", "SE", "TRANSACTIONAL_SEX", "MC",
                "XAT", "XAT-BATT-1", 1, false, "URGENT", "OIOS", receivedAt, receivedAt.plusSeconds(3_600));
        TopicRecords.send(Topics.INTAKE, caseReference,
                codec.encode(referred, UUID.randomUUID().toString(), URI.create("/intake-service"), Instant.now()));
        return referred;
    }

    private boolean opened(String caseReference) {
        return database.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class,
                caseReference) > 0;
    }

    private JsonNode caseView(String caseReference) throws Exception {
        var response = http.perform(get("/api/v1/cases/{ref}", caseReference).with(investigator())).andReturn().getResponse();
        return response.getStatus() == 200 ? json.readTree(response.getContentAsString()) : null;
    }

    private static RequestPostProcessor investigator() {
        return role("investigator");
    }

    private static RequestPostProcessor role(String role) {
        return jwt().jwt(token -> token.subject(role + ".user").claim("preferred_username", role + ".user"))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
