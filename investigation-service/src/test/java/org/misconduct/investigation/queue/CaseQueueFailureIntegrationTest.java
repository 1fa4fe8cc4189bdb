package org.misconduct.investigation.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.investigation.caseopening.CaseOpened;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TestCaseReferences;
import org.misconduct.testinfra.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The case queue's handler fails for one case: that case's events wait as dead letters while other cases reach the
 * queue, and once the cause is fixed a retry from the operations endpoint completes its row and removes the letters.
 * A transient failure is retried by the processor itself and never becomes a letter.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseQueueFailureIntegrationTest {

    private static final String SERVICE = "investigation-queue-failure-it";
    private static final Duration WITHIN = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, SERVICE.replace('-', '_'));
        ServiceTestProperties.registerPersonalDataKey(registry);
        ServiceTestProperties.registerScreeningBlindIndexKey(registry);
        // Its own name and group: no other test context in this JVM takes its referrals.
        registry.add("spring.application.name", () -> SERVICE);
        registry.add("spring.kafka.consumer.group-id", () -> SERVICE);
    }

    @MockitoSpyBean
    CaseQueueProjection projection;
    @Autowired
    MockMvc http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aFailingHandlerLeavesOtherCasesFlowingAndARetryAfterTheFixCompletesTheQueue() throws Exception {
        String refused = TestCaseReferences.next();
        String flowing = TestCaseReferences.next();
        whileTheQueueRests(() -> doThrow(new IllegalStateException("case queue refused")).when(projection).on(openingOf(refused)));

        refer(refused);
        refer(flowing);

        await("the other case queued").atMost(WITHIN).until(() -> queued(flowing));
        List<JsonNode> letters = await("the refused case's letters").atMost(WITHIN)
                .until(() -> lettersOf(refused), found -> !found.isEmpty());
        assertThat(queued(refused)).isFalse();
        JsonNode first = letters.get(0);
        assertThat(first.get("source").asText()).isEqualTo(CaseQueueProjection.PROCESSING_GROUP);
        assertThat(first.get("type").asText()).isEqualTo("CaseOpened");
        assertThat(first.get("cause").asText()).isEqualTo("IllegalStateException: case queue refused");

        whileTheQueueRests(() -> doCallRealMethod().when(projection).on(openingOf(refused)));
        http.perform(post("/api/v1/dead-letters/{id}/retry", first.get("id").asText()).with(admin()))
                .andExpect(status().isNoContent());

        assertThat(lettersOf(refused)).isEmpty();
        assertThat(queued(refused)).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_clock_view WHERE case_reference = ?", Long.class, refused))
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM case_clock_view WHERE case_reference = ?", Long.class, flowing));
    }

    @Test
    void aStatementTheDatabaseRefusesIsDeadLetteredTooThoughItAbortedTheTransaction() throws Exception {
        String refused = TestCaseReferences.next();
        String flowing = TestCaseReferences.next();
        whileTheQueueRests(() -> doAnswer(call -> jdbc.queryForObject("SELECT 1 / 0", Integer.class))
                .when(projection).on(openingOf(refused)));

        refer(refused);
        refer(flowing);

        await("the other case queued").atMost(WITHIN).until(() -> queued(flowing));
        List<JsonNode> letters = await("the refused case's letters").atMost(WITHIN)
                .until(() -> lettersOf(refused), found -> !found.isEmpty());
        assertThat(letters.get(0).get("cause").asText()).contains("division by zero");
        assertThat(queued(refused)).isFalse();
        String letter = letters.get(0).get("id").asText();
        assertThat(letters.get(0).get("attempts").asInt()).isEqualTo(1);
        for (int retry = 1; retry <= 2; retry++) {
            http.perform(post("/api/v1/dead-letters/{id}/retry", letter).with(admin())).andExpect(status().isConflict());
            assertThat(lettersOf(refused)).as("a retry refused again leaves the letter waiting, counted")
                    .filteredOn(waiting -> letter.equals(waiting.get("id").asText()))
                    .singleElement().extracting(waiting -> waiting.get("attempts").asInt()).isEqualTo(1 + retry);
        }

        whileTheQueueRests(() -> doCallRealMethod().when(projection).on(openingOf(refused)));
        http.perform(post("/api/v1/dead-letters/{id}/retry", letter).with(admin())).andExpect(status().isNoContent());
        assertThat(queued(refused)).isTrue();
    }

    @Test
    void aTransientFailureIsRetriedByTheProcessorAndNeverDeadLettered() throws Exception {
        String delayed = TestCaseReferences.next();
        CannotAcquireLockException lockTimeout = new CannotAcquireLockException("lock timeout on case_view");
        whileTheQueueRests(() -> doThrow(lockTimeout).doThrow(lockTimeout).doCallRealMethod().when(projection).on(openingOf(delayed)));

        refer(delayed);

        await("the case queued after the retries").atMost(WITHIN).until(() -> queued(delayed));
        verify(projection, atLeast(3)).on(openingOf(delayed));
        assertThat(lettersOf(delayed)).isEmpty();
    }

    /**
     * Stubs the projection while its processor is stopped: Mockito takes the next call on a spy, from any thread, as the
     * one being stubbed, so a call from the processor in between would be stubbed instead, and its event skipped.
     */
    private void whileTheQueueRests(Runnable stubbing) {
        EventProcessor processor = processing.eventProcessor(CaseQueueProjection.PROCESSING_GROUP).orElseThrow();
        processor.shutDown();
        stubbing.run();
        processor.start();
    }

    private static CaseOpened openingOf(String caseReference) {
        return ArgumentMatchers.argThat(opened -> opened != null && caseReference.equals(opened.caseReference()));
    }

    private void refer(String caseReference) {
        Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(3_600);
        AllegationReferred referred = new AllegationReferred(caseReference, "MINUSCA", "SE", "TRANSACTIONAL_SEX", "MC",
                "XAV", "XAV-BATT-1", 1, false, "NORMAL", "OIOS", receivedAt, receivedAt);
        TopicRecords.send(Topics.INTAKE, caseReference,
                codec.encode(referred, UUID.randomUUID().toString(), URI.create("/intake-service"), Instant.now()));
    }

    private boolean queued(String caseReference) {
        return jdbc.queryForObject("SELECT count(*) FROM case_view WHERE case_reference = ?", Long.class, caseReference) == 1;
    }

    private List<JsonNode> lettersOf(String caseReference) throws Exception {
        String body = http.perform(get("/api/v1/dead-letters").with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).findParents("id").stream()
                .filter(letter -> caseReference.equals(letter.path("key").asText()))
                .toList();
    }

    private static RequestPostProcessor admin() {
        return jwt().jwt(token -> token.subject("operator.one").claim("preferred_username", "operator.one"))
                .authorities(new SimpleGrantedAuthority("ROLE_admin"));
    }
}
