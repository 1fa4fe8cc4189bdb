package org.misconduct.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Publisher;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The {@code non-un-notification} clock on real PostgreSQL and Kafka, shortened to seconds: it arms at registration
 * or assessment as NON_UN, the first notification stops it, and a clock left to run breaches once and is published.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class NonUnNotificationClockIntegrationTest {

    private static final String TOPIC = "misconduct.intake.v1.non-un-clock-test";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "intake_non_un_it");
        ServiceTestProperties.registerPersonalDataKey(registry);
        ServiceTestProperties.registerFollowUpCodeKey(registry);
        registry.add("misconduct.clocks.non-un-notification", () -> "PT4S");
        // This database numbers its cases from 1 like the flow test's: its events go to a topic of their
        // own, and it consumes nothing, so neither test sees the other's cases on the shared broker.
        registry.add("misconduct.publication.topic", () -> TOPIC);
        registry.add("misconduct.publication.source", () -> Publisher.INTAKE.source().toString());
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
        registry.add("misconduct.abuse-protection.submissions.requests", () -> "1000");
    }

    @Autowired
    MockMvc http;
    @Autowired
    ObjectMapper json;

    @Test
    void aClockLeftToRunBreachesOnceAndTheLateNotificationIsOutsideIt() throws Exception {
        String notifiedInTime = submit("UNKNOWN");
        assess(notifiedInTime, "NON_UN");
        notify(notifiedInTime, """
                {"authorities":[{"kind":"GOVERNMENT","name":"Ministry of Defence of Xaa"},
                                {"kind":"REGIONAL_ORGANIZATION","name":"Regional body"}]}""");
        String leftToRun = submit("NON_UN");

        List<JsonNode> breached = published(leftToRun, 2);
        assertThat(breached).extracting(event -> event.get("type").asText()).containsExactly("AllegationRegistered", "ClockBreached");
        assertThat(breached.get(1).get("data").get("clock").asText()).isEqualTo("non-un-notification");

        notify(leftToRun, "{\"authority\":\"Ministry of Defence of Xaa\",\"kind\":\"GOVERNMENT\"}");
        List<JsonNode> late = published(leftToRun, 3);
        assertThat(late).extracting(event -> event.get("type").asText())
                .containsExactly("AllegationRegistered", "ClockBreached", "NonUnForcesNotified");
        assertThat(late.get(2).get("data").get("withinClock").asBoolean()).isFalse();
        assertThat(late.get(2).get("data").get("authorityKinds")).extracting(JsonNode::asText).containsExactly("GOVERNMENT");
        assertThat(late.toString()).doesNotContain("Ministry of Defence");

        // The case notified in time started its clock first: had it breached, the breach would be published by now.
        assertThat(everything(leftToRun)).hasSize(3);
        List<JsonNode> inTime = everything(notifiedInTime);
        assertThat(inTime).extracting(event -> event.get("type").asText())
                .containsExactly("AllegationRegistered", "AllegationAssessed", "NonUnForcesNotified");
        assertThat(inTime.get(2).get("data").get("withinClock").asBoolean()).isTrue();
        assertThat(inTime.get(2).get("data").get("authorityKinds")).extracting(JsonNode::asText)
                .containsExactly("GOVERNMENT", "REGIONAL_ORGANIZATION");
        http.perform(get("/api/v1/allegations/{ref}/history", leftToRun).with(intakeOfficer()))
                .andExpect(status().isOk());
    }

    @Test
    void aNotificationNamesItsAuthoritiesOneWayOrTheOther() throws Exception {
        String caseReference = submit("NON_UN");
        http.perform(post("/api/v1/allegations/{ref}/non-un-notification", caseReference).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"authorities\":[{\"kind\":\"GOVERNMENT\",\"name\":\" \"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("authorities[0].name"));
        http.perform(post("/api/v1/allegations/{ref}/non-un-notification", caseReference).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"authorities\":[{\"kind\":\"MINISTRY\",\"name\":\"X\"}]}"))
                .andExpect(status().isBadRequest());
        http.perform(post("/api/v1/allegations/{ref}/non-un-notification", caseReference).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"authority\":\"A\",\"authorities\":[{\"kind\":\"GOVERNMENT\",\"name\":\"B\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("authorities"));
    }

    private String submit(String personnelCategory) throws Exception {
        String body = http.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON).content("""
                        {"mission":"MINUSCA","description":"Soldiers of a foreign force abused a girl near the market.",
                         "channel":"WEB","personnelCategory":"%s","victimCount":1,"minorInvolved":true}""".formatted(personnelCategory)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("caseReference").asText();
    }

    private void assess(String caseReference, String personnelCategory) throws Exception {
        http.perform(post("/api/v1/allegations/{ref}/assessment", caseReference).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"allegationType":"SA","seaCategory":"SEXUAL_ACTIVITY_WITH_MINOR","personnelCategory":"%s",
                                 "victimCount":1,"minorInvolved":true,"priority":"URGENT"}""".formatted(personnelCategory)))
                .andExpect(status().isOk());
    }

    private void notify(String caseReference, String body) throws Exception {
        http.perform(post("/api/v1/allegations/{ref}/non-un-notification", caseReference).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
    }

    private List<JsonNode> published(String caseReference, int expected) throws Exception {
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.withKey(TOPIC, caseReference, expected, Duration.ofSeconds(40));
        assertThat(records).hasSize(expected);
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            events.add(json.readTree(record.value()));
        }
        return events;
    }

    /** Every record of the case published so far. */
    private List<JsonNode> everything(String caseReference) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : TopicRecords.everything(TOPIC)) {
            if (caseReference.equals(record.key())) {
                events.add(json.readTree(record.value()));
            }
        }
        return events;
    }

    private static RequestPostProcessor intakeOfficer() {
        return jwt().jwt(token -> token.subject("intake.officer").claim("preferred_username", "intake.officer"))
                .authorities(new SimpleGrantedAuthority("ROLE_intake-officer"));
    }
}
