package org.misconduct.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.codes.AllegationType;
import org.misconduct.contracts.codes.InvestigatingEntity;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.contracts.codes.Priority;
import org.misconduct.contracts.codes.SeaCategory;
import org.misconduct.investigation.caseopening.Allegation;
import org.misconduct.investigation.caseopening.OpenCase;
import org.misconduct.testinfra.PostgresDatabase;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TestCaseReferences;
import org.misconduct.testinfra.TestInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Clocks are durable deadlines in PostgreSQL: one armed before a restart fires after it, and with two
 * instances on one database each breach is recorded exactly once. Each instance is a whole Spring
 * context of the service; the evidence clock is shortened to seconds.
 */
class DurableClockIntegrationTest {

    private static final String DATABASE = "investigation_durable_clock_it";
    private static final Duration EVIDENCE_CLOCK = Duration.ofSeconds(25);
    /** One key for every instance, as the instances of one deployment share theirs. */
    private static final String KEY_ENCRYPTION_KEY = ServiceTestProperties.newPersonalDataKey();
    private static final String BLIND_INDEX_KEY = ServiceTestProperties.newScreeningBlindIndexKey();

    @Test
    void aDeadlineArmedBeforeARestartFiresAfterIt() throws Exception {
        String caseReference = TestCaseReferences.next();
        Instant dueAt;
        try (ConfigurableApplicationContext first = startInstance()) {
            Instant receivedAt = Instant.now();
            dueAt = receivedAt.plus(EVIDENCE_CLOCK);
            first.getBean(CommandGateway.class).sendAndWait(new OpenCase(caseReference, allegation(receivedAt)));
        }
        JdbcTemplate jdbc = jdbc();
        assertThat(Instant.now()).as("the first instance stopped before the clock fell due").isBefore(dueAt);
        assertThat(breaches(jdbc, caseReference)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE execution_time = ?", Long.class,
                java.sql.Timestamp.from(dueAt))).as("the deadline waits in the database").isEqualTo(1);

        waitUntil(dueAt.plusSeconds(1));
        try (ConfigurableApplicationContext second = startInstance()) {
            await("the breach of " + caseReference + " after the restart").atMost(Duration.ofSeconds(60)).until(() -> breaches(jdbc, caseReference) == 1);
        }
        assertThat(breaches(jdbc, caseReference)).isEqualTo(1);
    }

    @Test
    void twoInstancesOnOneDatabaseRecordEachBreachOnce() throws Exception {
        List<String> cases = new ArrayList<>();
        JdbcTemplate jdbc = jdbc();
        try (ConfigurableApplicationContext one = startInstance(); ConfigurableApplicationContext two = startInstance()) {
            for (int i = 0; i < 10; i++) {
                String caseReference = TestCaseReferences.next();
                ConfigurableApplicationContext instance = i % 2 == 0 ? one : two;
                instance.getBean(CommandGateway.class).sendAndWait(new OpenCase(caseReference, allegation(Instant.now())));
                cases.add(caseReference);
            }
            await("every evidence clock breached").atMost(Duration.ofSeconds(90)).until(() -> cases.stream().allMatch(caseReference -> breaches(jdbc, caseReference) >= 1));
            // Both instances keep polling for a while: a second breach would show up now.
            await("each breach recorded once").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30))
                    .until(() -> cases.stream().allMatch(caseReference -> breaches(jdbc, caseReference) == 1));
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE execution_time < now() - interval '2 seconds'",
                Long.class)).as("every deadline that fell due was executed and removed").isZero();
    }

    private static long breaches(JdbcTemplate jdbc, String caseReference) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%ClockBreached'""",
                Long.class, caseReference);
    }

    private static ConfigurableApplicationContext startInstance() {
        PostgresDatabase database = TestInfrastructure.postgres(DATABASE);
        // Command-line arguments, so that they win over application.yml as a deployment's settings do.
        return new SpringApplicationBuilder(InvestigationApplication.class).run(
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafka().bootstrapServers(),
                "--spring.kafka.consumer.group-id=investigation-durable-clock-test",
                "--server.port=0",
                "--db-scheduler.polling-interval=1s",
                "--misconduct.clocks.evidence-preservation=" + EVIDENCE_CLOCK,
                "--misconduct.personal-data.key-encryption-key=" + KEY_ENCRYPTION_KEY,
                "--misconduct.screening.blind-index.key=" + BLIND_INDEX_KEY);
    }

    private static JdbcTemplate jdbc() {
        PostgresDatabase database = TestInfrastructure.postgres(DATABASE);
        return new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                database.jdbcUrl(), database.username(), database.password()));
    }

    private static Allegation allegation(Instant receivedAt) {
        return new Allegation("MINUSCA", AllegationType.SE, SeaCategory.TRANSACTIONAL_SEX, PersonnelCategory.INT, "XAA", null, 1,
                false, Priority.NORMAL, InvestigatingEntity.OIOS, receivedAt, receivedAt);
    }

    private static void waitUntil(Instant moment) {
        await("until " + moment).atMost(Duration.between(Instant.now(), moment).plusSeconds(5))
                .until(() -> !Instant.now().isBefore(moment));
    }

}
