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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TestInfrastructure;
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
        publish(caseReference, referral);
        publish(caseReference, referral);

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
        publish(caseReference, referral(caseReference, "SE", "XAB", Instant.now()));
        awaitQueued(caseReference);

        await("evidence clock of " + caseReference + " breached", () -> Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT bool_or(breached) FROM case_clock_view WHERE case_reference = ? AND clock = 'evidence-preservation'",
                Boolean.class, caseReference)));
        assertThat(publishedTypesFor(caseReference, 2)).contains("InvestigationOpened", "ClockBreached");
    }

    @Test
    void preservingEvidenceInTimeStopsTheClock() throws Exception {
        String caseReference = newCaseReference();
        publish(caseReference, referral(caseReference, "SA", "XAA", Instant.now().plusSeconds(3600)));
        awaitQueued(caseReference);

        http.perform(post("/api/v1/cases/{ref}/evidence-preserved", caseReference).with(investigator()))
                .andExpect(status().isNoContent());
        await("evidence clock of " + caseReference + " stopped", () -> jdbc.queryForObject(
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
        publish(ours, referral(ours, "SA", "XAA", Instant.now().plusSeconds(3600)));
        publish(theirs, referral(theirs, "SA", "XAC", Instant.now().plusSeconds(3600)));
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
        await("case " + caseReference + " in the queue", () -> {
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

    private static void publish(String caseReference, byte[] cloudEvent) throws Exception {
        Map<String, Object> settings = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.INTAKE, caseReference, cloudEvent)).get();
        }
    }

    private List<String> publishedTypesFor(String caseReference, int expected) throws Exception {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "investigation-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> types = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.INVESTIGATION));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (types.size() < expected && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (caseReference.equals(record.key())) {
                        JsonNode event = json.readTree(record.value());
                        types.add(event.get("type").asText());
                    }
                }
            }
        }
        return types;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static String newCaseReference() {
        return "ALG-2026-%06d".formatted(NEXT_CASE.incrementAndGet());
    }

    private static RequestPostProcessor investigator() {
        return jwt().jwt(token -> token.claim("preferred_username", "investigator.oios"))
                .authorities(new SimpleGrantedAuthority("ROLE_investigator"));
    }
}
