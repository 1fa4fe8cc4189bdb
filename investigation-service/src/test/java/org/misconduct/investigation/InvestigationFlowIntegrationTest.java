package org.misconduct.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.Eventually;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A referral arriving from intake opens a case with durable clocks, on real PostgreSQL and Kafka.
 * The evidence clock is shortened to seconds so its breach can be watched happening.
 */
@SpringBootTest(properties = "misconduct.clocks.evidence-preservation=PT4S")
@AutoConfigureMockMvc
class InvestigationFlowIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final AtomicInteger NEXT_CASE = new AtomicInteger(900_000);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "investigation_it");
    }

    @Autowired
    MockMvc http;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReferralOpensOneCaseWithItsClocksEvenWhenDeliveredTwice() throws Exception {
        String caseReference = newCaseReference();
        byte[] referral = referral(caseReference, "SA", "XAA", Instant.now());
        TopicRecords.send(Topics.INTAKE, caseReference, referral);
        TopicRecords.send(Topics.INTAKE, caseReference, referral);

        awaitQueued(caseReference);
        http.perform(get("/api/v1/cases/{ref}", caseReference).with(investigator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allegationType").value("SA"))
                .andExpect(jsonPath("$.clocks[*].name").value(org.hamcrest.Matchers.containsInAnyOrder("evidence-preservation", "investigation")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%CaseOpened'",
                Long.class, caseReference)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks", Long.class)).isPositive();
        assertThat(publishedTypesFor(caseReference, 1)).contains("InvestigationOpened");
    }

    @Test
    void anUnpreservedEvidenceClockBreachesAndTheBreachIsPublished() throws Exception {
        String caseReference = newCaseReference();
        TopicRecords.send(Topics.INTAKE, caseReference, referral(caseReference, "SE", "XAB", Instant.now()));
        awaitQueued(caseReference);

        Eventually.await("evidence clock of " + caseReference + " breached", WITHIN, () -> Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT bool_or(breached) FROM case_clock_view WHERE case_reference = ? AND clock = 'evidence-preservation'",
                Boolean.class, caseReference)));
        assertThat(publishedTypesFor(caseReference, 2)).contains("InvestigationOpened", "ClockBreached");
    }

    @Test
    void preservingEvidenceInTimeStopsTheClock() throws Exception {
        String caseReference = newCaseReference();
        TopicRecords.send(Topics.INTAKE, caseReference, referral(caseReference, "SA", "XAA", Instant.now().plusSeconds(3600)));
        awaitQueued(caseReference);

        http.perform(post("/api/v1/cases/{ref}/evidence-preserved", caseReference).with(investigator()))
                .andExpect(status().isNoContent());
        Eventually.await("evidence clock of " + caseReference + " stopped", WITHIN, () -> jdbc.queryForObject(
                "SELECT count(*) FROM case_clock_view WHERE case_reference = ? AND clock = 'evidence-preservation' AND stopped_at IS NOT NULL",
                Long.class, caseReference) == 1);
        http.perform(post("/api/v1/cases/{ref}/evidence-preserved", caseReference).with(investigator()))
                .andExpect(status().isConflict());
        http.perform(post("/api/v1/cases/{ref}/evidence-preserved", "ALG-1999-000001").with(investigator()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aNationalInvestigationOfficerSeesOnlyTheirStatesCases() throws Exception {
        String ours = newCaseReference();
        String theirs = newCaseReference();
        TopicRecords.send(Topics.INTAKE, ours, referral(ours, "SA", "XAA", Instant.now().plusSeconds(3600)));
        TopicRecords.send(Topics.INTAKE, theirs, referral(theirs, "SA", "XAC", Instant.now().plusSeconds(3600)));
        awaitQueued(ours);
        awaitQueued(theirs);

        RequestPostProcessor nio = jwt().jwt(token -> token.claim("preferred_username", "investigator.nio").claim("member_state", "XAA"))
                .authorities(new SimpleGrantedAuthority("ROLE_investigator"));
        String queue = http.perform(get("/api/v1/cases/queue").with(nio)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(queue).contains(ours).doesNotContain(theirs);
        http.perform(get("/api/v1/cases/{ref}", theirs).with(nio)).andExpect(status().isNotFound());
    }

    @Test
    void theQueueNeedsAnInvestigator() throws Exception {
        http.perform(get("/api/v1/cases/queue")).andExpect(status().isUnauthorized());
        http.perform(get("/api/v1/cases/queue").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_intake-officer"))))
                .andExpect(status().isForbidden());
    }

    private void awaitQueued(String caseReference) throws Exception {
        Eventually.await("case " + caseReference + " in the queue", WITHIN, () -> {
            try {
                return http.perform(get("/api/v1/cases/queue").with(investigator())).andReturn().getResponse()
                        .getContentAsString().contains(caseReference);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private byte[] referral(String caseReference, String allegationType, String nationality, Instant receivedAt) {
        AllegationReferred referred = new AllegationReferred(caseReference, "MINUSCA", allegationType, "TRANSACTIONAL_SEX",
                "MC", nationality, nationality + "-BATT-1", 1, false, "NORMAL", "TCC", receivedAt, receivedAt);
        return codec.encode(referred, UUID.randomUUID().toString(), URI.create("/intake-service"), Instant.now());
    }

    private List<String> publishedTypesFor(String caseReference, int expected) throws Exception {
        List<String> types = new ArrayList<>();
        for (var record : TopicRecords.withKey(Topics.INVESTIGATION, caseReference, expected, Duration.ofSeconds(30))) {
            types.add(json.readTree(record.value()).get("type").asText());
        }
        return types;
    }

    private static String newCaseReference() {
        return "ALG-2026-%06d".formatted(NEXT_CASE.incrementAndGet());
    }

    private static RequestPostProcessor investigator() {
        return jwt().jwt(token -> token.claim("preferred_username", "investigator.oios"))
                .authorities(new SimpleGrantedAuthority("ROLE_investigator"));
    }
}
