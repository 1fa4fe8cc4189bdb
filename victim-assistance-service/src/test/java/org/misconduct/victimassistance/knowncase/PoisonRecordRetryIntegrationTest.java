package org.misconduct.victimassistance.knowncase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.misconduct.victimassistance.IsolatedService.operator;
import static org.misconduct.victimassistance.IsolatedService.victimOfficer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.TestCaseReferences;
import org.misconduct.testinfra.TopicRecords;
import org.misconduct.victimassistance.IsolatedService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/** A record the known-case consumer refuses is listed for operators, retried once the refusal is fixed, and gone. */
@SpringBootTest
@AutoConfigureMockMvc
class PoisonRecordRetryIntegrationTest {

    private static final String SERVICE = "victim-assistance-poison-it";
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final Instant RECEIVED = Instant.parse("2026-11-20T08:00:00Z");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        IsolatedService.register(registry, SERVICE);
    }

    @MockitoSpyBean
    KnownCases knownCases;
    @Autowired
    MockMvc http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    KafkaTemplate<Object, Object> kafka;
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void aRefusedRecordIsListedWithoutItsContentAndARetryAfterTheFixHandlesItAndRemovesIt() throws Exception {
        String refused = TestCaseReferences.next();
        whileTheListenersRest(() -> doThrow(new IllegalArgumentException("mission not recognised")).when(knownCases)
                .record(eq(refused), any(), any()));
        announce(refused);

        JsonNode letter = awaitLetter(refused);
        assertThat(letter.get("source").asText()).isEqualTo(Topics.INTAKE);
        assertThat(letter.get("type").asText()).isEqualTo("AllegationRegistered");
        assertThat(letter.get("cause").asText()).startsWith("IllegalArgumentException: mission not recognised");
        assertThat(letter.get("attempts").asInt()).isEqualTo(1);
        assertThat(letter.get("firstFailedAt").asText()).isNotBlank();
        assertThat(letter.toString()).doesNotContain("MINUSCA");
        String id = letter.get("id").asText();

        http.perform(post("/api/v1/dead-letters/{id}/retry", id).with(operator())).andExpect(status().isConflict());
        assertThat(letterOf(refused).orElseThrow().get("attempts").asInt()).isEqualTo(2);

        whileTheListenersRest(() -> doCallRealMethod().when(knownCases).record(eq(refused), any(), any()));
        http.perform(post("/api/v1/dead-letters/{id}/retry", id).with(operator())).andExpect(status().isNoContent());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM known_case WHERE case_reference = ?", Long.class, refused)).isOne();
        assertThat(letterOf(refused)).isEmpty();
        http.perform(post("/api/v1/dead-letters/{id}/retry", id).with(operator())).andExpect(status().isNotFound());
    }

    @Test
    void aLetterSetAsideIsGoneAndWhoDidItAndWhyIsRecorded() throws Exception {
        String refused = TestCaseReferences.next();
        whileTheListenersRest(() -> doThrow(new IllegalArgumentException("mission not recognised")).when(knownCases)
                .record(eq(refused), any(), any()));
        announce(refused);
        String id = awaitLetter(refused).get("id").asText();

        http.perform(delete("/api/v1/dead-letters/{id}", id).with(operator()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\" \"}")).andExpect(status().isBadRequest());
        http.perform(delete("/api/v1/dead-letters/{id}", id).with(operator()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"test allegation from the training mission\"}")).andExpect(status().isNoContent());

        assertThat(letterOf(refused)).isEmpty();
        Map<String, Object> action = jdbc.queryForMap(
                "SELECT action, acted_by, reason FROM dead_letter_action WHERE letter_id = ? AND action = 'DISCARDED'", id);
        assertThat(action).containsEntry("acted_by", "operator.one")
                .containsEntry("reason", "test allegation from the training mission");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM known_case WHERE case_reference = ?", Long.class, refused)).isZero();
    }

    @Test
    void deadLettersAreForOperatorsAlone() throws Exception {
        http.perform(get("/api/v1/dead-letters")).andExpect(status().isUnauthorized());
        http.perform(get("/api/v1/dead-letters").with(victimOfficer())).andExpect(status().isForbidden());
        http.perform(post("/api/v1/dead-letters/{id}/retry", "kafka:nowhere:0:0").with(operator()))
                .andExpect(status().isNotFound());
    }

    private void announce(String caseReference) throws Exception {
        byte[] value = codec.encode(new AllegationRegistered(caseReference, "MINUSCA", "WEB", "MC", "XAA", 1, true, RECEIVED),
                UUID.randomUUID().toString(), URI.create("/intake-service"), RECEIVED);
        TopicRecords.declare(Topics.INTAKE);
        kafka.send(Topics.INTAKE, caseReference, value).get(10, TimeUnit.SECONDS);
    }

    private JsonNode awaitLetter(String key) {
        return await("the letter of " + key).atMost(WITHIN).until(() -> letterOf(key), Optional::isPresent).orElseThrow();
    }

    private Optional<JsonNode> letterOf(String key) throws Exception {
        String body = http.perform(get("/api/v1/dead-letters").with(operator())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<JsonNode> letters = List.copyOf(json.readTree(body).findParents("id"));
        return letters.stream().filter(letter -> key.equals(letter.path("key").asText())).findFirst();
    }

    /**
     * Stubs the spy while the Kafka listeners are stopped: Mockito takes the next call on a spy, from any thread, as the
     * one being stubbed, so a record handled in between would be stubbed instead.
     */
    private void whileTheListenersRest(Runnable stubbing) {
        listeners.stop();
        stubbing.run();
        listeners.start();
    }
}
