package org.misconduct.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.intake.AllegationAssessed;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.reporting.ledger.RebuildProperties;
import org.misconduct.streaming.ReceivedEvent;
import org.misconduct.testinfra.MigratedDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The listener's path into {@code public_allegation}, on PostgreSQL, where the row locks it relies on are real. */
class PublicAllegationProjectionTest {

    private static final String REF = "ALG-2026-000042";
    private static final Instant RECEIVED = Instant.parse("2026-03-01T08:00:00Z");
    private static final AllegationRegistered REGISTERED =
            new AllegationRegistered(REF, "MINUSCA", "WEB", "UNKNOWN", null, 1, false, RECEIVED);
    private static final AllegationAssessed ASSESSED = new AllegationAssessed(REF, "SA", "SEXUAL_ASSAULT", "MC", "XAA",
            "XAA-BATT-1", 2, true, "URGENT", Instant.parse("2026-03-02T09:00:00Z"));

    private static JdbcTemplate jdbc;
    private static TransactionTemplate transaction;
    private final PublicAllegationProjection projection = new PublicAllegationProjection(jdbc,
            JsonMapper.builder().findAndAddModules().build(),
            new DisclosureOrder(new PublicDisclosureProperties(Base64.getEncoder().encodeToString(new byte[32]), 1000,
                    Duration.ZERO)),
            new RebuildProperties(10_000));
    private final ExecutorService consumers = Executors.newFixedThreadPool(2);

    @BeforeAll
    static void database() {
        jdbc = MigratedDatabase.of("reporting_public_allegation_test", "classpath:db/streaming", "classpath:db/reporting");
        transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    }

    @BeforeEach
    void noAllegation() {
        jdbc.update("DELETE FROM public_allegation");
    }

    @AfterEach
    void stopConsumers() {
        consumers.shutdownNow();
    }

    @Test
    void theFirstEventOfAnAllegationInsertsItsRowAndALaterOneMergesIntoIt() {
        transaction.executeWithoutResult(status -> projection.project(received(REGISTERED)));
        assertThat(row()).isEqualTo("MINUSCA|||RECEIVED|f");

        transaction.executeWithoutResult(status -> projection.project(received(ASSESSED)));
        assertThat(row()).isEqualTo("MINUSCA|MC|SA|UNDER_ASSESSMENT|t");
    }

    @Test
    void twoConsumersMeetingANewAllegationAtOnceBothLandOnOneRow() throws Exception {
        CountDownLatch registrationInserted = new CountDownLatch(1);
        CountDownLatch commitRegistration = new CountDownLatch(1);
        CompletableFuture<Void> registration = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            projection.project(received(REGISTERED));
            registrationInserted.countDown();
            waitFor(commitRegistration);
        }), consumers);
        waitFor(registrationInserted);

        CompletableFuture<Void> assessment = CompletableFuture.runAsync(
                () -> transaction.executeWithoutResult(status -> projection.project(received(ASSESSED))), consumers);
        // The assessment finds no row it can see, and its insert waits for the registration's.
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO public_allegation%'""",
                Integer.class) == 1);
        commitRegistration.countDown();
        registration.get(10, TimeUnit.SECONDS);
        assessment.get(10, TimeUnit.SECONDS);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM public_allegation", Integer.class)).isOne();
        assertThat(row()).as("the assessment merged into the registration's row").isEqualTo("MINUSCA|MC|SA|UNDER_ASSESSMENT|t");
    }

    private static String row() {
        return jdbc.queryForObject("""
                SELECT concat_ws('|', mission, coalesce(personnel_category, ''), coalesce(allegation_type, ''), status, assessed)
                FROM public_allegation WHERE case_reference = ?""", String.class, REF);
    }

    private static ReceivedEvent received(PublishedEvent event) {
        return new ReceivedEvent(event.getClass().getSimpleName() + "-" + REF, event.getClass().getSimpleName(), "/intake-service",
                RECEIVED, event);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
