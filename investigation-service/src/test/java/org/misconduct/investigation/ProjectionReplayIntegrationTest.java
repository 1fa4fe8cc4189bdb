package org.misconduct.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A replay of each projection of investigation, while it serves, rebuilds its read model row for row. */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectionReplayIntegrationTest {

    private static final String SERVICE = "investigation-replay-it";
    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final List<String> VIEWS = List.of("case_view", "case_clock_view", "payment_suspension_view",
            "contingent_flag_view", "screening_record", "screening_check_log");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, SERVICE.replace('-', '_'));
        ServiceTestProperties.registerPersonalDataKey(registry);
        ServiceTestProperties.registerScreeningBlindIndexKey(registry);
        // Its own consumer group: no other test context in this JVM takes its referrals.
        registry.add("spring.application.name", () -> SERVICE);
        registry.add("spring.kafka.consumer.group-id", () -> SERVICE);
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
    void aReplayOfEachProjectionRebuildsItsReadModelRowForRow() throws Exception {
        String suspended = TestCaseReferences.next();
        String other = TestCaseReferences.next();
        String otherMisconduct = TestCaseReferences.next();
        refer(suspended, "SA", "XAR");
        refer(other, "SE", "XAR");
        refer(otherMisconduct, "OTHER_MISCONDUCT", "XAS");
        // Its own consumer group reads the shared topic from the start: other tests' cases may be queued first.
        await("cases queued").atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM case_view WHERE case_reference IN (?, ?, ?)", Long.class, suspended, other, otherMisconduct) == 3);
        awaitCaughtUp();
        http.perform(post("/api/v1/cases/{ref}/member-state-response", suspended).with(role("conduct-officer"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"willInvestigate\":true,\"nioAppointed\":true}"))
                .andExpect(status().isNoContent());
        http.perform(post("/api/v1/cases/{ref}/interim-measures", suspended).with(role("conduct-officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PAYMENT_SUSPENSION\",\"amount\":1500.50,\"currency\":\"USD\"}"))
                .andExpect(status().isCreated());
        http.perform(post("/api/v1/cases/{ref}/subjects", suspended).with(role("investigator"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"personnelCategory":"MC","nationality":"XAR","contingentUnit":"XAR-BATT-1","rank":"Captain",
                         "identifiers":{"fullName":"Replay Subject","dateOfBirth":"1984-03-07","serviceNumber":"SN-REPLAY-1"}}"""))
                .andExpect(status().isCreated());
        http.perform(post("/api/v1/screening/checks").with(role("screening-officer")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\":\"DEPLOYMENT\",\"identifiers\":{\"serviceNumber\":\"SN-NOBODY\"}}"))
                .andExpect(status().isOk());
        await("suspension, subject and check projected").atMost(WITHIN).until(() -> count("payment_suspension_view") >= 1
                && count("screening_record") >= 1 && count("screening_check_log") >= 1);
        awaitCaughtUp();
        List<List<Map<String, Object>>> before = snapshot();
        // Damage the read models, as a faulty release might: only a replay from the events repairs them.
        jdbc.update("DELETE FROM case_clock_view WHERE case_reference = ?", suspended);
        jdbc.update("DELETE FROM payment_suspension_view");
        jdbc.update("DELETE FROM screening_record");
        assertThat(snapshot()).isNotEqualTo(before);

        List<String> names = statuses().findValuesAsText("name");
        assertThat(names).contains("case-queue", "payment-suspensions", "contingent-flags", "screening-records", "screening-checks")
                .doesNotContain("contingent-patterns", "kafka-publication", "domain-metrics");
        for (String name : names) {
            http.perform(post("/api/v1/projections/{name}/replay", name).with(role("admin"))).andExpect(status().isAccepted());
            awaitCaughtUp();
        }

        assertThat(snapshot()).isEqualTo(before);
    }

    private void refer(String caseReference, String allegationType, String nationality) throws Exception {
        Instant receivedAt = Instant.now().plusSeconds(3600);
        AllegationReferred referred = new AllegationReferred(caseReference, "MINUSCA", allegationType,
                "OTHER_MISCONDUCT".equals(allegationType) ? null : "TRANSACTIONAL_SEX",
                "MC", nationality, nationality + "-BATT-1", 1, false, "NORMAL", "OIOS", receivedAt, receivedAt);
        TopicRecords.send(Topics.INTAKE, caseReference,
                codec.encode(referred, UUID.randomUUID().toString(), URI.create("/intake-service"), Instant.now()));
    }

    private void awaitCaughtUp() {
        await("projections caught up").atMost(WITHIN).until(() -> {
            for (JsonNode projection : statuses()) {
                if (projection.get("replaying").asBoolean() || !projection.get("caughtUp").asBoolean()
                        || projection.get("position").asLong() < projection.get("head").asLong()) {
                    return false;
                }
            }
            return true;
        });
    }

    private JsonNode statuses() throws Exception {
        return json.readTree(http.perform(get("/api/v1/projections/status").with(role("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("projections");
    }

    private List<List<Map<String, Object>>> snapshot() {
        return VIEWS.stream().map(table -> jdbc.queryForList("SELECT * FROM " + table + " ORDER BY 1, 2")).toList();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private static RequestPostProcessor role(String role) {
        return jwt().jwt(token -> token.subject(role + ".user").claim("preferred_username", role + ".user"))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
