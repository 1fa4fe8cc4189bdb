package org.misconduct.intake.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.codes.CaseReference;
import org.misconduct.testinfra.MovableClock;
import org.misconduct.testinfra.PostgresDatabase;
import org.misconduct.testinfra.TestInfrastructure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Case references drawn by several instances at once on real PostgreSQL, across the turn of a year. */
class CaseReferencesTest {

    private static final String[] LOCATIONS = {"classpath:db/axon", "classpath:db/streaming", "classpath:db/personal-data",
            "classpath:db/intake"};
    private static final JdbcTemplate JDBC = databaseCountedTo41In2026();
    private static final ExecutorService REGISTRATIONS = Executors.newFixedThreadPool(16);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-31T23:59:00Z"));
    private final CaseReferences oneInstance = new CaseReferences(JDBC, clock);
    private final CaseReferences anotherInstance = new CaseReferences(JDBC, clock);

    @AfterAll
    static void stop() {
        REGISTRATIONS.shutdownNow();
    }

    @Test
    void concurrentDrawsOfTwoInstancesNeverShareANumberAndTheYearTurnsToItsOwnNumbering() throws Exception {
        List<CaseReference> in2026 = drawConcurrently(400);
        clock.advance(Duration.ofMinutes(1));
        List<CaseReference> in2027 = drawConcurrently(400);

        assertThat(in2026).extracting(CaseReference::year).containsOnly(2026);
        assertThat(in2026).as("never reused").doesNotHaveDuplicates()
                .extracting(CaseReference::number).allMatch(number -> number > 41, "after the year's numbers counted before");
        assertThat(in2027).extracting(CaseReference::year).containsOnly(2027);
        assertThat(in2027).as("never reused").doesNotHaveDuplicates()
                .extracting(CaseReference::number).allMatch(number -> number >= 1 && number <= 400 + 2,
                        "numbered from 1 again; the only gaps are the year's first draw by each instance");
    }

    @Test
    void theReceiptTimeCarriesTheYearOfTheReference() {
        MovableClock lastMillisecondOf2028 = new MovableClock(Instant.parse("2028-12-31T23:59:59.999Z"));
        CaseReferences references = new CaseReferences(JDBC, lastMillisecondOf2028);

        CaseReferences.Issued lastOf2028 = references.next();
        lastMillisecondOf2028.advance(Duration.ofMillis(1));
        CaseReferences.Issued firstOf2029 = references.next();

        assertThat(lastOf2028.caseReference()).isEqualTo("ALG-2028-000001");
        assertThat(lastOf2028.receivedAt()).isEqualTo("2028-12-31T23:59:59.999Z");
        assertThat(firstOf2029.caseReference()).isEqualTo("ALG-2029-000001");
        assertThat(firstOf2029.receivedAt()).isEqualTo("2029-01-01T00:00:00Z");
    }

    @Test
    void aReferenceIsNeverDrawnInsideATransactionThatCouldRollItsYearBack() {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(JDBC.getDataSource()));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> oneInstance.next()))
                .isInstanceOf(IllegalStateException.class);
    }

    private List<CaseReference> drawConcurrently(int draws) throws Exception {
        List<Callable<CaseReference>> tasks = new ArrayList<>();
        for (int i = 0; i < draws; i++) {
            CaseReferences instance = i % 2 == 0 ? oneInstance : anotherInstance;
            tasks.add(() -> CaseReference.parse(instance.next().caseReference()).orElseThrow());
        }
        List<CaseReference> references = new ArrayList<>();
        for (Future<CaseReference> drawn : REGISTRATIONS.invokeAll(tasks)) {
            references.add(drawn.get());
        }
        return references;
    }

    /** The state a deployment numbered by the former counter table is in: 41 allegations received in 2026. */
    private static JdbcTemplate databaseCountedTo41In2026() {
        PostgresDatabase database = TestInfrastructure.postgres("intake_case_references_it");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
        Flyway.configure().dataSource(dataSource).locations(LOCATIONS).placeholders(Map.of("servicerole", database.username())).target("12").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("INSERT INTO case_reference_counter (year, last_number) VALUES (2026, 41)");
        Flyway.configure().dataSource(dataSource).locations(LOCATIONS).placeholders(Map.of("servicerole", database.username())).load().migrate();
        return jdbc;
    }
}
