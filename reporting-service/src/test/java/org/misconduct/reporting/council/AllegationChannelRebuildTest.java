package org.misconduct.reporting.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.reporting.ledger.Projection;
import org.misconduct.reporting.ledger.QueuedRebuildTransaction;
import org.misconduct.reporting.ledger.RebuildTransaction;
import org.misconduct.streaming.ReceivedEvent;
import org.misconduct.testinfra.MigratedDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class AllegationChannelRebuildTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-01T08:00:00Z");

    private static JdbcTemplate jdbc;
    private static TransactionTemplate transaction;
    private final AllegationChannelProjection projection = new AllegationChannelProjection(jdbc);

    @BeforeAll
    static void database() {
        jdbc = MigratedDatabase.of("reporting_channel_rebuild_test", "classpath:db/streaming", "classpath:db/reporting");
        transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    }

    @BeforeEach
    void empty() {
        jdbc.update("DELETE FROM allegation_channel");
    }

    @Test
    void theFirstRegistrationOfACaseGivesItsChannelAsItDoesForTheListener() {
        rebuild(List.of(registered("ALG-2026-000001", "WEB", 1), registered("ALG-2026-000002", "HOTLINE", 1),
                registered("ALG-2026-000001", "FOCAL_POINT", 2)));

        assertThat(channels()).isEqualTo(Map.of("ALG-2026-000001", "WEB", "ALG-2026-000002", "HOTLINE"));
    }

    @Test
    void registrationsBeyondOneCopyAreAllInserted() {
        rebuild(IntStream.rangeClosed(1, 12_345)
                .mapToObj(number -> registered("ALG-2026-%06d".formatted(number), number % 2 == 0 ? "WEB" : null, 1)).toList());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM allegation_channel", Long.class)).isEqualTo(12_345);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM allegation_channel WHERE channel IS NULL", Long.class)).isEqualTo(6_173);
    }

    @Test
    void newCasesTheFilterMistakesForCasesMetStillGetTheirFirstRegistrationsChannel() {
        List<ReceivedEvent> events = IntStream.rangeClosed(1, 2_000)
                .mapToObj(number -> registered("ALG-2026-%06d".formatted(number), number % 2 == 0 ? "WEB" : "HOTLINE", 1))
                .collect(Collectors.toCollection(ArrayList::new));
        events.add(registered("ALG-2026-000002", "FOCAL_POINT", 2));

        rebuild(events, 10);

        assertThat(channels()).hasSize(2_000).containsEntry("ALG-2026-000001", "HOTLINE").containsEntry("ALG-2026-000002", "WEB")
                .containsEntry("ALG-2026-002000", "WEB");
    }

    @Test
    void aRebuildThatMeetsNoRegistrationLeavesTheChannelsEmpty() {
        rebuild(List.of());

        assertThat(channels()).isEmpty();
    }

    private void rebuild(List<ReceivedEvent> events) {
        rebuild(events, projection::rebuilding);
    }

    /** A rebuild whose filter of cases met is sized for far fewer cases, so it mistakes many new ones for cases met. */
    private void rebuild(List<ReceivedEvent> events, int expectedCases) {
        rebuild(events, rebuildTransaction -> new AllegationChannelRebuild(jdbc, rebuildTransaction, expectedCases));
    }

    private void rebuild(List<ReceivedEvent> events, Function<RebuildTransaction, Projection.Rebuild> rebuilding) {
        transaction.executeWithoutResult(status -> {
            projection.reset();
            QueuedRebuildTransaction.run(jdbc.getDataSource(), rebuildTransaction -> {
                Projection.Rebuild rebuild = rebuilding.apply(rebuildTransaction);
                events.forEach(rebuild::apply);
                rebuild.finish();
                return events.size();
            });
        });
    }

    private Map<String, String> channels() {
        return jdbc.queryForList("SELECT case_reference, channel FROM allegation_channel").stream()
                .collect(Collectors.toMap(row -> (String) row.get("case_reference"), row -> (String) row.get("channel")));
    }

    private static ReceivedEvent registered(String caseReference, String channel, int delivery) {
        return new ReceivedEvent(caseReference + "-registered-" + delivery, "AllegationRegistered", "/intake-service", RECEIVED,
                new AllegationRegistered(caseReference, "MINUSCA", channel, "MC", "XAA", 1, false, RECEIVED));
    }
}
