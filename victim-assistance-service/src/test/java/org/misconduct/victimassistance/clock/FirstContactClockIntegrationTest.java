package org.misconduct.victimassistance.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TestCaseReferences;
import org.misconduct.testinfra.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The first-contact clock as a durable db-scheduler deadline on real PostgreSQL and Kafka, shortened
 * to seconds by configuration so its breach can be watched happening and published.
 */
@SpringBootTest(properties = {
        "misconduct.clocks.victim-first-contact=PT3S",
        // A group of its own: another test's application context in this JVM must not take intake's partitions from it.
        "spring.kafka.consumer.group-id=victim-assistance-clock-it"})
@AutoConfigureMockMvc
@DirtiesContext
class FirstContactClockIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(45);
    private static final Instant RECEIVED = Instant.parse("2026-11-20T08:00:00Z");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "victim_assistance_clock_it");
        ServiceTestProperties.registerPersonalDataKey(registry);
    }

    @Autowired
    MockMvc http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CloudEventCodec codec;

    @Test
    void aVictimWithoutAssistanceBreachesTheFirstContactClockOnceAndTheBreachIsPublished() throws Exception {
        String caseReference = TestCaseReferences.next();
        TopicRecords.send(Topics.INTAKE, caseReference, codec.encode(
                new AllegationRegistered(caseReference, "MINUSCA", "WEB", "MC", "XAA", 1, true, RECEIVED),
                UUID.randomUUID().toString(), URI.create("/intake-service"), RECEIVED));
        await("case " + caseReference + " known").atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM known_case WHERE case_reference = ?", Long.class, caseReference) == 1);

        String victimId = register(caseReference);

        await("first-contact clock of " + victimId + " breached").atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM victim_view WHERE victim_id = ? AND first_contact_breached_at IS NOT NULL", Long.class, victimId) == 1);
        http.perform(get("/api/v1/victims/{id}", victimId).with(victimOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firstContactClock.name").value("victim-first-contact"))
                .andExpect(jsonPath("$.firstContactClock.breached").value(true))
                .andExpect(jsonPath("$.firstContactClock.breachedAt").isNotEmpty());
        http.perform(get("/api/v1/victims").param("caseReference", caseReference).with(victimOfficer()))
                .andExpect(jsonPath("$[0].firstContactBreached").value(true));

        JsonNode breach = published(caseReference, 2).stream()
                .filter(event -> event.get("type").asText().equals("ClockBreached"))
                .findFirst().orElseThrow(() -> new AssertionError("No ClockBreached published for " + caseReference));
        JsonNode data = breach.get("data");
        assertThat(data.get("clock").asText()).isEqualTo("victim-first-contact");
        assertThat(data.get("caseReference").asText()).isEqualTo(caseReference);
        assertThat(Duration.between(Instant.parse(data.get("startedAt").asText()), Instant.parse(data.get("dueAt").asText())))
                .isEqualTo(Duration.ofSeconds(3));
        // The victim is named by the pseudonymous id the registration already published, never by anything personal.
        assertThat(data.get("victimId").asText()).isEqualTo(victimId);
        assertThat(breach.toString()).doesNotContain("Canary");

        String referralId = deliverLateAssistance(victimId);
        await("late assistance stops the clock of " + victimId).atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM victim_view WHERE victim_id = ? AND first_contact_stopped_at IS NOT NULL", Long.class, victimId) == 1);
        http.perform(get("/api/v1/victims/{id}", victimId).with(victimOfficer()))
                .andExpect(jsonPath("$.firstContactClock.met").value(false))
                .andExpect(jsonPath("$.firstContactClock.breached").value(true))
                .andExpect(jsonPath("$.referrals[0].referralId").value(referralId));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype LIKE '%FirstContactClockBreached'", Long.class, victimId)).as("the breach is recorded once").isEqualTo(1);
        assertThat(published(caseReference, 4).stream().filter(event -> event.get("type").asText().equals("ClockBreached")))
                .hasSize(1);
    }

    private String register(String caseReference) throws Exception {
        String response = http.perform(post("/api/v1/victims").with(victimOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"caseReference":"%s","ageGroup":"ADULT","sex":"FEMALE",
                                 "personalData":{"name":"Canary Person","contact":"+000 000","location":"Canary Village"},
                                 "consent":{"shareWithInvestigators":false}}""".formatted(caseReference)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("victimId").asText();
    }

    private String deliverLateAssistance(String victimId) throws Exception {
        http.perform(post("/api/v1/victims/{id}/needs", victimId).with(victimOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"MEDICAL\"}"))
                .andExpect(status().isCreated());
        String response = http.perform(post("/api/v1/victims/{id}/referrals", victimId).with(victimOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"need\":\"MEDICAL\",\"provider\":\"Clinique Mobile\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String referralId = json.readTree(response).get("referralId").asText();
        http.perform(post("/api/v1/victims/{id}/referrals/{rid}/delivered", victimId, referralId).with(victimOfficer()))
                .andExpect(status().isNoContent());
        return referralId;
    }

    private List<JsonNode> published(String caseReference, int expected) {
        return TopicRecords.withKey(Topics.VICTIM_ASSISTANCE, caseReference, expected, Duration.ofSeconds(15)).stream()
                .map(record -> {
                    try {
                        return json.readTree(record.value());
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static RequestPostProcessor victimOfficer() {
        return jwt().jwt(token -> token.subject("victim.officer").claim("preferred_username", "victim.officer"))
                .authorities(new SimpleGrantedAuthority("ROLE_victim-assistance-officer"));
    }
}
