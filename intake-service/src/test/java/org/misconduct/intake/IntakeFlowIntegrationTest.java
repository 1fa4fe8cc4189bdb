package org.misconduct.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Topics;
import org.misconduct.testinfra.Eventually;
import org.misconduct.testinfra.ServiceTestProperties;
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

/** A complaint through triage to referral, on real PostgreSQL and Kafka. */
@SpringBootTest
@AutoConfigureMockMvc
class IntakeFlowIntegrationTest {

    private static final String NARRATIVE = "A soldier of the battalion asked for sex in exchange for food near the camp gate.";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "intake_it");
        ServiceTestProperties.registerPersonalDataKey(registry);
    }

    @Autowired
    MockMvc http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aComplaintIsAssessedReferredAndPublishedWithoutPersonalData() throws Exception {
        String caseReference = submitComplaint();

        http.perform(post("/api/v1/allegations/{ref}/assessment", caseReference).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"allegationType":"SE","seaCategory":"TRANSACTIONAL_SEX","personnelCategory":"MC",
                                 "nationality":"XAA","contingentUnit":"XAA-BATT-1","victimCount":1,"minorInvolved":false,
                                 "priority":"URGENT"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDER_ASSESSMENT"));
        http.perform(post("/api/v1/allegations/{ref}/referral", caseReference).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"investigatingEntity\":\"OIOS\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFERRED"));

        List<ConsumerRecord<String, byte[]>> published = TopicRecords.withKey(Topics.INTAKE, caseReference, 3, Duration.ofSeconds(30));
        assertThat(published).extracting(ConsumerRecord::key).containsOnly(caseReference);
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : published) {
            events.add(json.readTree(record.value()));
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("exchange for food", "Amina", "+236");
        }
        assertThat(events).extracting(event -> event.get("type").asText())
                .containsExactly("AllegationRegistered", "AllegationAssessed", "AllegationReferred");
        JsonNode referral = events.get(2);
        assertThat(referral.get("specversion").asText()).isEqualTo("1.0");
        assertThat(referral.get("source").asText()).isEqualTo("/intake-service");
        assertThat(referral.get("data").get("priority").asText()).isEqualTo("URGENT");
        assertThat(referral.get("data").get("investigatingEntity").asText()).isEqualTo("OIOS");
        assertThat(events).extracting(event -> event.get("id").asText()).doesNotHaveDuplicates();
    }

    @Test
    void theNarrativeAndTheComplainantAreStoredOnlySealed() throws Exception {
        String caseReference = submitComplaint();

        List<String> storedPayloads = jdbc.queryForList(
                "SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?", String.class, caseReference);
        assertThat(storedPayloads).isNotEmpty().allSatisfy(payload -> assertThat(payload).doesNotContain("exchange for food", "Amina", "+236"));

        Eventually.await("allegation view of " + caseReference, Duration.ofSeconds(20), () -> jdbc.queryForObject(
                "SELECT count(*) FROM allegation_view WHERE case_reference = ?", Long.class, caseReference) == 1);
        http.perform(get("/api/v1/allegations/{ref}", caseReference).with(intakeOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value(NARRATIVE))
                .andExpect(jsonPath("$.complainant.name").value("Amina"))
                .andExpect(jsonPath("$.personalDataErased").value(false));
    }

    @Test
    void referralBeforeAssessmentIsRefused() throws Exception {
        String caseReference = submitComplaint();
        http.perform(post("/api/v1/allegations/{ref}/referral", caseReference).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"investigatingEntity\":\"OIOS\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anInvalidComplaintIsRejectedFieldByFieldAndNothingIsStored() throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        http.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"mission":"NOWHERE","description":"short","incidentDate":"2999-01-01","allegedNationality":"xx"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "description", "incidentDate", "allegedNationality")));
        http.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mission\":\"NOWHERE\",\"description\":\"" + NARRATIVE + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mission"));
        http.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mission\":\"MINUSCA\",\"description\":\"" + NARRATIVE + "\",\"channel\":\"CARRIER_PIGEON\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channel"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(before);
    }

    @Test
    void aPageSizeOutOfRangeIsAProblemNotAServerError() throws Exception {
        http.perform(get("/api/v1/allegations?size=0").with(intakeOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void staffEndpointsNeedATokenWithTheIntakeOfficerRole() throws Exception {
        http.perform(get("/api/v1/allegations"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/v1/allegations").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_investigator"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private String submitComplaint() throws Exception {
        String body = http.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"mission":"MINUSCA","description":"%s","language":"fr","channel":"WEB",
                                 "incidentDate":"2026-11-01","location":"Camp gate, Bangui","personnelCategory":"MC",
                                 "allegedNationality":"XAA","victimCount":1,"minorInvolved":false,
                                 "complainant":{"name":"Amina","contact":"+236 555 0101","isVictim":true}}""".formatted(NARRATIVE)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/complaints/ALG-")))
                .andExpect(jsonPath("$.followUpCode").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        String caseReference = json.readTree(body).get("caseReference").asText();
        assertThat(caseReference).matches("ALG-\\d{4}-\\d{6}");
        return caseReference;
    }

    private static RequestPostProcessor intakeOfficer() {
        return jwt().jwt(token -> token.claim("preferred_username", "intake.officer"))
                .authorities(new SimpleGrantedAuthority("ROLE_intake-officer"));
    }

}
