package org.misconduct.victimassistance.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.misconduct.victimassistance.IsolatedService.operator;
import static org.misconduct.victimassistance.IsolatedService.victimOfficer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.TestCaseReferences;
import org.misconduct.testinfra.TopicRecords;
import org.misconduct.victimassistance.IsolatedService;
import org.misconduct.victimassistance.victim.VictimRegistered;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The victim view's handler fails for one victim: that victim's events wait as dead letters while other victims flow,
 * and once the cause is fixed a retry from the operations endpoint completes the view and removes the letters. A replay
 * of each projection rebuilds its tables row for row.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectionOperationsIntegrationTest {

    private static final String SERVICE = "victim-assistance-projections-it";
    private static final List<String> VIEWS = List.of("victim_view", "victim_need_view", "victim_referral_view",
            "paternity_claim_view", "paternity_claim_status_view");
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final Instant RECEIVED = Instant.parse("2026-11-20T08:00:00Z");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        IsolatedService.register(registry, SERVICE);
    }

    @MockitoSpyBean
    VictimViewProjection projection;
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
    EventProcessingConfiguration processing;

    @Test
    void everyProcessorQueuesTheEventsItFailsOnOrPropagatesTheFailure() {
        assertThat(processing.deadLetterQueue(VictimViewProjection.PROCESSING_GROUP)).isPresent();
        assertThat(processing.eventProcessors().keySet()).isNotEmpty().allSatisfy(processor -> assertThat(
                processing.deadLetterQueue(processor).isPresent()
                        || processing.listenerInvocationErrorHandler(processor) instanceof PropagatingErrorHandler)
                .as(processor).isTrue());
    }

    @Test
    void aFailingHandlerLeavesOtherVictimsFlowingAndARetryAfterTheFixCompletesTheView() throws Exception {
        String refusedCase = knownCase();
        String flowingCase = knownCase();
        whileTheViewRests(() -> doThrow(new IllegalStateException("victim view refused")).when(projection)
                .on(registrationIn(refusedCase)));

        String refused = register(refusedCase);
        withdrawConsent(refused);
        String flowing = register(flowingCase);

        await("the other victim projected").atMost(WITHIN).until(() -> inView(flowing));
        JsonNode letter = await("the refused victim's letter").atMost(WITHIN)
                .until(() -> lettersOf(refused), letters -> !letters.isEmpty()).get(0);
        assertThat(inView(refused)).isFalse();
        assertThat(letter.get("source").asText()).isEqualTo(VictimViewProjection.PROCESSING_GROUP);
        assertThat(letter.get("type").asText()).isEqualTo("VictimRegistered");
        assertThat(letter.get("cause").asText()).isEqualTo("IllegalStateException: victim view refused");
        assertThat(letter.get("attempts").asInt()).isEqualTo(1);

        whileTheViewRests(() -> doCallRealMethod().when(projection).on(registrationIn(refusedCase)));
        http.perform(post("/api/v1/dead-letters/{id}/retry", letter.get("id").asText()).with(operator()))
                .andExpect(status().isNoContent());

        assertThat(lettersOf(refused)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT share_with_investigators FROM victim_view WHERE victim_id = ?",
                Boolean.class, refused)).isFalse();
    }

    @Test
    void aReplayOfEachProjectionRebuildsItsReadModelRowForRow() throws Exception {
        String caseReference = knownCase();
        String victim = register(caseReference);
        withdrawConsent(victim);
        String other = register(caseReference);
        postTo(other, "/needs", "{\"kind\":\"MEDICAL\"}");
        postTo(other, "/referrals", "{\"need\":\"MEDICAL\",\"provider\":\"Clinique Communautaire\"}");
        postTo(victim, "/paternity-claims", "{\"status\":\"FILED\"}");
        await("projected").atMost(WITHIN).until(() -> caughtUp(VictimViewProjection.PROCESSING_GROUP)
                && count("victim_referral_view") > 0 && count("paternity_claim_view") > 0);
        List<List<Map<String, Object>>> before = snapshot();
        // Damage the read models, as a faulty release might: only a replay from the events repairs them.
        jdbc.update("UPDATE victim_view SET age_group = 'ADULT', sex = 'MALE' WHERE victim_id = ?", other);
        jdbc.update("DELETE FROM paternity_claim_view");
        assertThat(snapshot()).isNotEqualTo(before);

        JsonNode projections = json.readTree(http.perform(get("/api/v1/projections/status").with(operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("projections");
        List<String> names = projections.findValuesAsText("name");
        assertThat(names).contains(VictimViewProjection.PROCESSING_GROUP).doesNotContain("kafka-publication", "domain-metrics");
        for (String name : names) {
            http.perform(post("/api/v1/projections/{name}/replay", name).with(operator())).andExpect(status().isAccepted());
            await("replay of " + name).atMost(WITHIN).until(() -> !replaying(name) && caughtUp(name));
        }

        assertThat(snapshot()).isEqualTo(before);
        http.perform(post("/api/v1/projections/{name}/replay", "no-such-projection").with(operator()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(post("/api/v1/projections/{name}/replay", "kafka-publication").with(operator()))
                .andExpect(status().isNotFound());
        http.perform(get("/api/v1/projections/status").with(victimOfficer())).andExpect(status().isForbidden());
    }

    private List<List<Map<String, Object>>> snapshot() {
        return VIEWS.stream().map(table -> jdbc.queryForList("SELECT * FROM " + table + " ORDER BY 1, 2")).toList();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private JsonNode statusOf(String name) throws Exception {
        JsonNode projections = json.readTree(http.perform(get("/api/v1/projections/status").with(operator()))
                .andReturn().getResponse().getContentAsString()).get("projections");
        for (JsonNode projection : projections) {
            if (name.equals(projection.get("name").asText())) {
                return projection;
            }
        }
        throw new AssertionError("no status of " + name);
    }

    private boolean replaying(String name) throws Exception {
        return statusOf(name).get("replaying").asBoolean();
    }

    private boolean caughtUp(String name) throws Exception {
        return statusOf(name).get("caughtUp").asBoolean();
    }

    private void postTo(String victimId, String path, String body) throws Exception {
        http.perform(post("/api/v1/victims/{id}" + path, victimId).with(victimOfficer()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated());
    }

    private String knownCase() throws Exception {
        String caseReference = TestCaseReferences.next();
        byte[] value = codec.encode(new AllegationRegistered(caseReference, "MINUSCA", "WEB", "MC", "XAA", 1, true, RECEIVED),
                UUID.randomUUID().toString(), URI.create("/intake-service"), RECEIVED);
        TopicRecords.declare(Topics.INTAKE);
        kafka.send(Topics.INTAKE, caseReference, value).get(10, TimeUnit.SECONDS);
        await("case known").atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM known_case WHERE case_reference = ?", Long.class, caseReference) == 1);
        return caseReference;
    }

    private String register(String caseReference) throws Exception {
        String body = http.perform(post("/api/v1/victims").with(victimOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"caseReference":"%s","ageGroup":"ADULT","sex":"FEMALE",
                                 "personalData":{"name":"Test Person","contact":"none","location":"none"},
                                 "consent":{"shareWithInvestigators":true}}""".formatted(caseReference)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("victimId").asText();
    }

    private void withdrawConsent(String victimId) throws Exception {
        http.perform(post("/api/v1/victims/{id}/consent", victimId).with(victimOfficer()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"shareWithInvestigators\":false}")).andExpect(status().isNoContent());
    }

    private boolean inView(String victimId) {
        return jdbc.queryForObject("SELECT count(*) FROM victim_view WHERE victim_id = ?", Long.class, victimId) == 1;
    }

    private List<JsonNode> lettersOf(String victimId) throws Exception {
        String body = http.perform(get("/api/v1/dead-letters").with(operator())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).findParents("id").stream()
                .filter(letter -> victimId.equals(letter.path("key").asText()))
                .toList();
    }

    /**
     * Stubs the projection while its processor is stopped: Mockito takes the next call on a spy, from any thread, as the
     * one being stubbed, so a call from the processor in between would be stubbed instead, and its event skipped.
     */
    private void whileTheViewRests(Runnable stubbing) {
        EventProcessor processor = processing.eventProcessor(VictimViewProjection.PROCESSING_GROUP).orElseThrow();
        processor.shutDown();
        stubbing.run();
        processor.start();
    }

    private static VictimRegistered registrationIn(String caseReference) {
        return ArgumentMatchers.argThat(registered -> registered != null && caseReference.equals(registered.caseReference()));
    }
}
