package org.misconduct.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.misconduct.testinfra.PostgresDatabase;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TestCaseReferences;
import org.misconduct.testinfra.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A replay of each projection of intake, while it serves, rebuilds its read model row for row. */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectionReplayIntegrationTest {

    private static final String SERVICE = "intake-replay-it";
    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String COMPLAINT = """
            {"mission":"MINUSCA","description":"A soldier asked for sex in exchange for food near the camp gate.",
             "channel":"WEB","personnelCategory":"MC","allegedNationality":"XAA","incidentDate":"2026-10-01",
             "location":"Near the camp gate","victimCount":2,"minorInvolved":true,
             "complainant":{"name":"Test Person","contact":"none","isVictim":false}}""";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, SERVICE.replace('-', '_'));
        ServiceTestProperties.registerPersonalDataKey(registry);
        ServiceTestProperties.registerFollowUpCodeKey(registry);
        // Its own consumer group: no other test context in this JVM takes its records.
        registry.add("spring.application.name", () -> SERVICE);
        registry.add("spring.kafka.consumer.group-id", () -> SERVICE);
    }

    @Autowired
    MockMvc http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReplayOfEachProjectionRebuildsItsReadModelRowForRow() throws Exception {
        numberApartFromOtherTests();
        String referred = submit();
        assess(referred);
        http.perform(post("/api/v1/allegations/{ref}/referral", referred).with(intakeOfficer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"investigatingEntity\":\"OIOS\"}"))
                .andExpect(status().isOk());
        String closed = submit();
        http.perform(post("/api/v1/allegations/{ref}/closure", closed).with(intakeOfficer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"DUPLICATE\",\"note\":\"same as another\"}"))
                .andExpect(status().isOk());
        String received = submit();
        awaitCaughtUp();
        List<Map<String, Object>> before = snapshot();
        assertThat(before).hasSizeGreaterThanOrEqualTo(3);
        // Damage the read model, as a faulty release might: only a replay from the events repairs it.
        jdbc.update("UPDATE allegation_view SET status = 'RECEIVED', priority = NULL WHERE case_reference = ?", referred);
        jdbc.update("DELETE FROM allegation_view WHERE case_reference = ?", received);
        assertThat(snapshot()).isNotEqualTo(before);

        List<String> names = statuses().findValuesAsText("name");
        assertThat(names).contains("allegation-view").doesNotContain("kafka-publication", "domain-metrics", "complaint-follow-up");
        for (String name : names) {
            http.perform(post("/api/v1/projections/{name}/replay", name).with(admin())).andExpect(status().isAccepted());
            awaitCaughtUp();
        }

        assertThat(snapshot()).isEqualTo(before);
        http.perform(post("/api/v1/projections/{name}/replay", "complaint-follow-up").with(admin()))
                .andExpect(status().isNotFound());
    }

    /** Case references of their own: other tests of this JVM read the shared topic by case reference. */
    private void numberApartFromOtherTests() {
        PostgresDatabase database = TestInfrastructure.postgres(SERVICE.replace('-', '_'));
        JdbcTemplate administrator = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password()));
        administrator.update("INSERT INTO case_reference_year (year, first_draw) VALUES (?, nextval('case_reference_draw'))"
                + " ON CONFLICT (year) DO NOTHING", Year.now(ZoneOffset.UTC).getValue());
        administrator.queryForObject("SELECT setval('case_reference_draw', nextval('case_reference_draw') + ?)", Long.class,
                TestCaseReferences.uniqueNumber());
    }

    private String submit() throws Exception {
        String body = http.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON).content(COMPLAINT))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("caseReference").asText();
    }

    private void assess(String caseReference) throws Exception {
        http.perform(post("/api/v1/allegations/{ref}/assessment", caseReference).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"allegationType":"SE","seaCategory":"TRANSACTIONAL_SEX","personnelCategory":"MC",
                                 "nationality":"XAA","contingentUnit":"XAA-BATT-1","victimCount":1,"minorInvolved":false,
                                 "priority":"URGENT"}"""))
                .andExpect(status().isOk());
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
        return json.readTree(http.perform(get("/api/v1/projections/status").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("projections");
    }

    private List<Map<String, Object>> snapshot() {
        return jdbc.queryForList("SELECT * FROM allegation_view ORDER BY case_reference");
    }

    private static RequestPostProcessor intakeOfficer() {
        return role("intake-officer");
    }

    private static RequestPostProcessor admin() {
        return role("admin");
    }

    private static RequestPostProcessor role(String role) {
        return jwt().jwt(token -> token.subject(role + ".user").claim("preferred_username", role + ".user"))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
