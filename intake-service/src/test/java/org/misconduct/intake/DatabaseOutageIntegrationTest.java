package org.misconduct.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Topics;
import org.misconduct.testinfra.CuttableProxy;
import org.misconduct.testinfra.PostgresDatabase;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TestCaseReferences;
import org.misconduct.testinfra.TestInfrastructure;
import org.misconduct.testinfra.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Complaints keep arriving while intake's database is cut off for 20 seconds: each is either stored and
 * acknowledged (201) or refused with 503 and Retry-After, and intake takes complaints again by itself once
 * the database is back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class DatabaseOutageIntegrationTest {

    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final Duration RECOVERY = Duration.ofSeconds(10);
    private static final String COMPLAINT = """
            {"mission":"MINUSCA","description":"A soldier asked for sex in exchange for food near the camp gate.",
             "channel":"WEB","personnelCategory":"MC","allegedNationality":"XAA"}""";

    private static final PostgresDatabase DATABASE = TestInfrastructure.postgres("intake_outage_it");
    private static final CuttableProxy LINK = CuttableProxy.toDatabase(DATABASE);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        // A group of its own: its consumers take no partitions from the other tests of this JVM.
        registry.add("spring.kafka.consumer.group-id", () -> "intake-service-" + UUID.randomUUID());
        ServiceTestProperties.register(registry, "intake_outage_it");
        registry.add("spring.datasource.url", LINK::jdbcUrl);
        ServiceTestProperties.registerPersonalDataKey(registry);
        ServiceTestProperties.registerFollowUpCodeKey(registry);
        registry.add("misconduct.abuse-protection.submissions.requests", () -> "100000");
        registry.add("misconduct.abuse-protection.follow-ups.requests", () -> "100000");
    }

    @AfterAll
    static void closeLink() {
        LINK.close();
    }

    @Autowired
    MockMvc http;
    @Autowired
    ObjectMapper json;

    /** The database itself, not through the link the service uses. */
    private final JdbcTemplate database = new JdbcTemplate(new DriverManagerDataSource(
            DATABASE.jdbcUrl(), DATABASE.username(), DATABASE.password()));

    private record Answer(Instant at, int status, String contentType, String retryAfter, String contentTypeOptions,
                          String caseReference, String unresolved) {
    }

    @Test
    void complaintsAreStoredOrRefusedWithRetryAfterAndAcceptedAgainOnceTheDatabaseReturns() throws Exception {
        // Numbered apart from the other tests of this JVM, which read the shared topic by case reference.
        database.update("INSERT INTO case_reference_year (year, first_draw) VALUES (?, nextval('case_reference_draw'))"
                + " ON CONFLICT (year) DO NOTHING", Year.now(ZoneOffset.UTC).getValue());
        database.queryForObject("SELECT setval('case_reference_draw', nextval('case_reference_draw') + ?)", Long.class,
                TestCaseReferences.uniqueNumber());
        List<Answer> answers = new CopyOnWriteArrayList<>();
        AtomicBoolean submitting = new AtomicBoolean(true);
        ExecutorService complainants = Executors.newFixedThreadPool(2);
        List<Future<?>> running = List.of(
                complainants.submit(() -> submitWhile(submitting, answers)),
                complainants.submit(() -> submitWhile(submitting, answers)));
        await().atMost(Duration.ofSeconds(30)).until(() -> created(answers).size() >= 4);

        Instant cutAt = Instant.now();
        LINK.cut();
        await().atMost(OUTAGE.plusSeconds(15)).until(() -> Instant.now().isAfter(cutAt.plus(OUTAGE))
                && answers.stream().filter(answer -> answer.status() == 503).count() >= 4);
        List<Answer> whileCut = List.of(
                answer(get("/api/v1/allegations").with(intakeOfficer())),
                answer(get("/api/v1/complaints/ALG-2026-000001").header("Follow-Up-Code", "ABCD-EFGH-JKLM-NPQR")),
                answer(post("/api/v1/allegations/ALG-2026-000001/referral").with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"investigatingEntity\":\"OIOS\"}")));
        Instant restoredAt = Instant.now();
        LINK.restore();

        await("a complaint accepted after the database's return").atMost(RECOVERY).pollInterval(Duration.ofMillis(100))
                .until(() -> created(answers).stream().anyMatch(answer -> answer.at().isAfter(restoredAt)));
        Instant recoveredAt = created(answers).stream().map(Answer::at).filter(at -> at.isAfter(restoredAt)).findFirst().orElseThrow();
        submitting.set(false);
        for (Future<?> complainant : running) {
            complainant.get();
        }
        complainants.shutdown();

        System.out.printf("Database outage: %d answers, %d created, %d refused; accepted again %d ms after the database's return%n",
                answers.size(), created(answers).size(), answers.stream().filter(answer -> answer.status() == 503).count(),
                Duration.between(restoredAt, recoveredAt).toMillis());
        assertThat(answers).filteredOn(answer -> answer.status() != 201 && answer.status() != 503).isEmpty();
        assertThat(answers).extracting(Answer::status).contains(503);
        assertThat(whileCut).extracting(Answer::status).containsOnly(503);
        assertThat(concat(answers, whileCut)).filteredOn(answer -> answer.status() == 503).allSatisfy(refusal -> {
            assertThat(refusal.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(refusal.retryAfter()).matches("[1-9][0-9]*");
            assertThat(refusal.contentTypeOptions()).isEqualTo("nosniff");
        });
        List<String> acknowledged = created(answers).stream().map(Answer::caseReference).toList();
        assertThat(acknowledged).doesNotHaveDuplicates().allSatisfy(caseReference -> assertThat(database.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, caseReference))
                .as("events of acknowledged " + caseReference).isPositive());

        await("read model and publication catch up unattended").atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(database.queryForList("SELECT case_reference FROM allegation_view", String.class))
                        .containsAll(acknowledged));
        String last = acknowledged.get(acknowledged.size() - 1);
        assertThat(TopicRecords.withKey(Topics.INTAKE, last, 1, Duration.ofSeconds(90))).isNotEmpty();
    }

    private void submitWhile(AtomicBoolean submitting, List<Answer> answers) {
        while (submitting.get()) {
            answers.add(answer(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON).content(COMPLAINT)));
        }
    }

    private Answer answer(RequestBuilder request) {
        try {
            MockHttpServletResponse response = http.perform(request).andReturn().getResponse();
            String caseReference = response.getStatus() == 201
                    ? json.readTree(response.getContentAsString()).get("caseReference").asText() : null;
            return new Answer(Instant.now(), response.getStatus(), response.getContentType(),
                    response.getHeader("Retry-After"), response.getHeader("X-Content-Type-Options"), caseReference, null);
        } catch (Exception unresolved) {
            // An exception no resolver answered would reach the servlet container as a 500.
            return new Answer(Instant.now(), 500, null, null, null, null, unresolved.toString());
        }
    }

    private static List<Answer> created(List<Answer> answers) {
        return answers.stream().filter(answer -> answer.status() == 201).toList();
    }

    private static List<Answer> concat(List<Answer> first, List<Answer> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor intakeOfficer() {
        return jwt().jwt(token -> token.subject("intake.officer").claim("preferred_username", "intake.officer"))
                .authorities(new SimpleGrantedAuthority("ROLE_intake-officer"));
    }
}
