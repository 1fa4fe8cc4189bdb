package org.misconduct.investigation.caseopening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.streaming.IncomingEvent;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TestCaseReferences;
import org.misconduct.testinfra.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A record that is not a CloudEvent and one of a type this build does not know sit on a partition before a valid
 * referral: both go to the dead-letter topic at once and the referral behind them opens its case within seconds. The
 * letters are listed; the unknown type, retried once the service reads it (a corrected type mapping), opens its case
 * and is gone; the garbage is set aside and gone.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PoisonRecordsIntegrationTest {

    private static final String SERVICE = "investigation-poison-it";
    private static final String RENAMED_TYPE = "ReferralMade";
    private static final int PARTITION = 0;
    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(10);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, SERVICE.replace('-', '_'));
        ServiceTestProperties.registerPersonalDataKey(registry);
        ServiceTestProperties.registerScreeningBlindIndexKey(registry);
        // Its own name and group: its own dead-letter topics, and no other test context takes its records.
        registry.add("spring.application.name", () -> SERVICE);
        registry.add("spring.kafka.consumer.group-id", () -> SERVICE);
    }

    @MockitoSpyBean
    CloudEventCodec codec;
    @Autowired
    MockMvc http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KafkaTemplate<Object, Object> kafka;
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void poisonIsSetAsideAtOnceTheRecordBehindItFlowsAndTheLettersAreRetriedOrSetAsideAndGone() throws Exception {
        String sentinel = TestCaseReferences.next();
        send(sentinel, referral(sentinel));
        await("the consumer has caught up with the topic").atMost(Duration.ofSeconds(90)).until(() -> inQueue(sentinel));

        String garbled = TestCaseReferences.next();
        String renamed = TestCaseReferences.next();
        String valid = TestCaseReferences.next();
        send(garbled, "{\"specversion\":\"1.0\",\"id\":".getBytes(StandardCharsets.UTF_8));
        send(renamed, withType(referral(renamed), RENAMED_TYPE));
        Instant validSent = Instant.now();
        send(valid, referral(valid));

        await("the referral behind the poison").atMost(WITHIN_SECONDS).until(() -> inQueue(valid));
        System.out.printf("Referral behind two poison records opened its case %d ms after it was sent%n",
                Duration.between(validSent, Instant.now()).toMillis());
        JsonNode garbage = awaitLetter(garbled);
        JsonNode unknown = awaitLetter(renamed);
        assertThat(garbage.get("source").asText()).isEqualTo(Topics.INTAKE);
        assertThat(garbage.get("cause").asText()).startsWith("UndecodableEvent");
        assertThat(unknown.get("type").asText()).isEqualTo(RENAMED_TYPE);
        assertThat(unknown.get("cause").asText()).startsWith("UnknownEventType");
        assertThat(inQueue(renamed)).isFalse();

        http.perform(post("/api/v1/dead-letters/{id}/retry", unknown.get("id").asText()).with(admin()))
                .andExpect(status().isConflict());
        readAsReferral(RENAMED_TYPE);
        http.perform(post("/api/v1/dead-letters/{id}/retry", unknown.get("id").asText()).with(admin()))
                .andExpect(status().isNoContent());
        await("the retried referral opens its case").atMost(WITHIN_SECONDS).until(() -> inQueue(renamed));

        http.perform(post("/api/v1/dead-letters/{id}/retry", garbage.get("id").asText()).with(admin()))
                .andExpect(status().isConflict());
        http.perform(delete("/api/v1/dead-letters/{id}", garbage.get("id").asText()).with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"undecodable, reported to intake\"}"))
                .andExpect(status().isNoContent());

        assertThat(letterOf(renamed)).isEmpty();
        assertThat(letterOf(garbled)).isEmpty();
    }

    private byte[] referral(String caseReference) {
        Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(86_400);
        AllegationReferred referred = new AllegationReferred(caseReference, "MINUSCA", "SA", "TRANSACTIONAL_SEX", "MC", "XAU",
                "XAU-BATT-1", 1, false, "NORMAL", "OIOS", receivedAt, receivedAt.plusSeconds(3_600));
        return codec.encode(referred, UUID.randomUUID().toString(), URI.create("/intake-service"), Instant.now());
    }

    private byte[] withType(byte[] cloudEvent, String type) throws Exception {
        ObjectNode envelope = (ObjectNode) json.readTree(cloudEvent);
        envelope.put("type", type);
        return json.writeValueAsBytes(envelope);
    }

    /** The fix a newer build brings: the renamed type is read as the referral it is. */
    private void readAsReferral(String type) {
        whileTheListenersRest(() -> doAnswer(invocation -> {
            IncomingEvent read = (IncomingEvent) invocation.callRealMethod();
            if (!type.equals(read.type())) {
                return read;
            }
            AllegationReferred referred = json.treeToValue(read.data(), AllegationReferred.class);
            return new IncomingEvent(read.id(), read.type(), read.source(), read.time(), read.subject(), read.data(),
                    read.traceContext(), referred);
        }).when(codec).read(any()));
    }

    /**
     * Stubs the codec while the Kafka listeners are stopped: Mockito takes the next call on a spy, from any thread, as
     * the one being stubbed, so a record read in between would be stubbed instead.
     */
    private void whileTheListenersRest(Runnable stubbing) {
        listeners.stop();
        stubbing.run();
        listeners.start();
    }

    private void send(String key, byte[] value) throws Exception {
        TopicRecords.declare(Topics.INTAKE);
        kafka.send(Topics.INTAKE, PARTITION, key, value).get(10, TimeUnit.SECONDS);
    }

    private boolean inQueue(String caseReference) {
        return jdbc.queryForObject("SELECT count(*) FROM case_view WHERE case_reference = ?", Long.class, caseReference) == 1;
    }

    private JsonNode awaitLetter(String key) {
        return await("the letter of " + key).atMost(WITHIN_SECONDS).until(() -> letterOf(key), Optional::isPresent)
                .orElseThrow();
    }

    private Optional<JsonNode> letterOf(String key) throws Exception {
        String body = http.perform(get("/api/v1/dead-letters").with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<JsonNode> letters = List.copyOf(json.readTree(body).findParents("id"));
        return letters.stream().filter(letter -> key.equals(letter.path("key").asText())).findFirst();
    }

    private static RequestPostProcessor admin() {
        return jwt().jwt(token -> token.subject("operator.one").claim("preferred_username", "operator.one"))
                .authorities(new SimpleGrantedAuthority("ROLE_admin"));
    }
}
