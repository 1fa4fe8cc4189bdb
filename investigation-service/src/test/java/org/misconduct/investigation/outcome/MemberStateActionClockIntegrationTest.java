package org.misconduct.investigation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationReferred;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The {@code member-state-action} clock and criminal referral outcomes on real PostgreSQL and Kafka, the clock shortened
 * to seconds: a SUBSTANTIATED finding against contingent personnel arms it, the Member State's action stops it, and one
 * left to run breaches once, is published, and makes a later report late.
 */
// A consumer group of its own, so no other test context takes its referrals; closed after the class, so it does not
// open the other tests' cases a second time while they run.
@SpringBootTest(properties = "spring.kafka.consumer.group-id=investigation-member-state-action-test")
@AutoConfigureMockMvc
@DirtiesContext
class MemberStateActionClockIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(40);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "investigation_member_state_action_it");
        ServiceTestProperties.registerPersonalDataKey(registry);
        ServiceTestProperties.registerScreeningBlindIndexKey(registry);
        registry.add("misconduct.clocks.member-state-action", () -> "PT6S");
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
    void aClockLeftToRunBreachesOnceAndTheLaterReportIsOutsideIt() throws Exception {
        String caseReference = substantiatedCase("XQA");
        await("member-state-action clock of " + caseReference + " breached").atMost(WITHIN)
                .until(() -> breaches(caseReference) == 1);

        send(post("/api/v1/cases/{ref}/member-state-action-report", caseReference), conductOfficer(),
                "{\"outcome\":\"NO_ACTION\",\"detail\":\"The state answered it will not act\"}")
                .andExpect(status().isNoContent());
        List<JsonNode> published = published(caseReference, "MemberStateActionRecorded");
        JsonNode recorded = published.stream().filter(event -> event.get("type").asText().equals("MemberStateActionRecorded"))
                .findFirst().orElseThrow();
        assertThat(recorded.get("data").get("withinClock").asBoolean()).isFalse();
        assertThat(recorded.get("data").get("outcome").asText()).isEqualTo("NO_ACTION");
        assertThat(recorded.toString()).doesNotContain("will not act");
        assertThat(published).filteredOn(event -> event.get("type").asText().equals("ClockBreached"))
                .extracting(event -> event.at("/data/clock").asText()).containsExactly("member-state-action");
        assertThat(breaches(caseReference)).as("breached once").isEqualTo(1);
    }

    @Test
    void theMemberStatesActionStopsItsClockAndReferralOutcomesArePublished() throws Exception {
        String caseReference = substantiatedCase("XQB");
        Instant dueBy = Instant.now().plusSeconds(6);
        send(post("/api/v1/cases/{ref}/member-state-action-report", caseReference), investigator(), "{\"outcome\":\"ACTION_TAKEN\"}")
                .andExpect(status().isForbidden());
        send(post("/api/v1/cases/{ref}/actions", caseReference), conductOfficer(),
                "{\"kind\":\"IMPRISONMENT\",\"by\":\"MEMBER_STATE\",\"detail\":\"Sentenced by a court martial\"}")
                .andExpect(status().isCreated());

        send(post("/api/v1/cases/{ref}/criminal-referrals", caseReference), conductOfficer(), "{\"authority\":\"SENDING_STATE\"}")
                .andExpect(status().isNoContent())
                .andExpect(header().string("Location", "/api/v1/cases/" + caseReference + "/criminal-referrals/SENDING_STATE"));
        String outcome = "{\"status\":\"CONVICTED\",\"at\":\"%s\",\"detail\":\"Two years\"}".formatted(Instant.now());
        send(post("/api/v1/cases/{ref}/criminal-referrals/{id}/outcome", caseReference, "HOST_STATE"), conductOfficer(), outcome)
                .andExpect(status().isNotFound());
        send(post("/api/v1/cases/{ref}/criminal-referrals/{id}/outcome", caseReference, "SENDING_STATE"), conductOfficer(),
                "{\"status\":\"JAILED\",\"at\":\"2027-01-01T00:00:00Z\"}")
                .andExpect(status().isBadRequest());
        send(post("/api/v1/cases/{ref}/criminal-referrals/{id}/outcome", caseReference, "SENDING_STATE"), investigator(), outcome)
                .andExpect(status().isForbidden());
        send(post("/api/v1/cases/{ref}/criminal-referrals/{id}/outcome", caseReference, "SENDING_STATE"), conductOfficer(), outcome)
                .andExpect(status().isNoContent());

        List<JsonNode> published = published(caseReference, "CriminalReferralOutcomeRecorded");
        JsonNode action = published.stream().filter(event -> event.get("type").asText().equals("MemberStateActionRecorded"))
                .findFirst().orElseThrow();
        assertThat(action.get("data").get("withinClock").asBoolean()).isTrue();
        assertThat(action.get("data").get("actionKind").asText()).isEqualTo("IMPRISONMENT");
        JsonNode referralOutcome = published.stream()
                .filter(event -> event.get("type").asText().equals("CriminalReferralOutcomeRecorded")).findFirst().orElseThrow();
        assertThat(referralOutcome.get("data").get("status").asText()).isEqualTo("CONVICTED");
        assertThat(referralOutcome.get("data").get("authority").asText()).isEqualTo("SENDING_STATE");
        assertThat(published.toString()).doesNotContain("Two years", "court martial");
        http.perform(get("/api/v1/cases/{ref}", caseReference).with(investigator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.criminalReferrals[0].status").value("CONVICTED"));

        // The clock was stopped in time: a breach, had its deadline stayed armed, would have come long before now.
        await("past the clock's due time").atMost(WITHIN).until(() -> Instant.now().isAfter(dueBy.plusSeconds(4)));
        assertThat(breaches(caseReference)).isZero();
    }

    /** A case against contingent personnel of {@code nationality} with a SUBSTANTIATED finding, recorded now. */
    private String substantiatedCase(String nationality) throws Exception {
        String caseReference = TestCaseReferences.next();
        Instant receivedAt = Instant.now();
        AllegationReferred referred = new AllegationReferred(caseReference, "MINUSCA", "OTHER_MISCONDUCT", null, "MC", nationality,
                nationality + "-BATT-1", 1, false, "NORMAL", "OIOS", receivedAt, receivedAt);
        TopicRecords.send(Topics.INTAKE, caseReference,
                codec.encode(referred, UUID.randomUUID().toString(), URI.create("/intake-service"), Instant.now()));
        await("case " + caseReference + " opened").atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%CaseOpened'",
                Long.class, caseReference) == 1);
        send(post("/api/v1/cases/{ref}/findings", caseReference), investigator(),
                "{\"finding\":\"SUBSTANTIATED\",\"summary\":\"Established\",\"noEvidenceReason\":\"Admitted by the subject\"}")
                .andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%ClockStarted'
                AND convert_from(payload, 'UTF8') LIKE '%MEMBER_STATE_ACTION%'""", Long.class, caseReference))
                .as("the member-state-action clock armed").isEqualTo(1);
        return caseReference;
    }

    private long breaches(String caseReference) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%ClockBreached'""",
                Long.class, caseReference);
    }

    /** The case's published events, up to and including the first of type {@code last}. */
    private List<JsonNode> published(String caseReference, String last) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        await("published " + last + " of " + caseReference).atMost(WITHIN).until(() -> {
            events.clear();
            for (var record : TopicRecords.everything(Topics.INVESTIGATION)) {
                if (caseReference.equals(record.key())) {
                    events.add(json.readTree(record.value()));
                }
            }
            return events.stream().anyMatch(event -> event.get("type").asText().equals(last));
        });
        return events;
    }

    private ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor user, String body) throws Exception {
        return http.perform(request.with(user).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static RequestPostProcessor conductOfficer() {
        return jwt().jwt(token -> token.subject("conduct.officer").claim("preferred_username", "conduct.officer"))
                .authorities(new SimpleGrantedAuthority("ROLE_conduct-officer"));
    }

    private static RequestPostProcessor investigator() {
        return jwt().jwt(token -> token.subject("investigator.oios").claim("preferred_username", "investigator.oios"))
                .authorities(new SimpleGrantedAuthority("ROLE_investigator"));
    }
}
