package org.misconduct.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.integrity.ChainBreakReason;
import org.misconduct.testinfra.EventStoreTampering;
import org.misconduct.testinfra.PostgresDatabase;
import org.misconduct.testinfra.TestInfrastructure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The chain as the database writes it, and what the verifier finds when a superuser tampers with the store. */
class ChainVerifierIntegrationTest {

    private static DriverManagerDataSource dataSource;
    private static JdbcTemplate jdbc;
    private static ChainVerifier verifier;
    private static ChainVerifier inRanges;
    private static EventStoreTampering tampering;
    private static ChainExtension extension;

    @BeforeAll
    static void storeWithEventsBeforeAndAfterTheChain() {
        PostgresDatabase database = TestInfrastructure.postgres("event_integrity_chain");
        dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
        java.util.Map<String, String> administrator = java.util.Map.of("servicerole", database.username());
        jdbc = new JdbcTemplate(dataSource);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/axon").target("1").placeholders(administrator).load().migrate();
        append("case-a", 0);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/axon").target("5").placeholders(administrator).load().migrate();
        append("case-a", 1);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/axon").placeholders(administrator).load().migrate();
        append("case-a", 2);
        append("case-b", 0);
        append("case-a", 3);
        append("case-b", 1);
        verifier = new ChainVerifier(dataSource);
        inRanges = new ChainVerifier(dataSource, 3, 1);
        tampering = new EventStoreTampering(dataSource);
        extension = new ChainExtension(dataSource, 1_000, Duration.ZERO);
        extension.extend();
    }

    @Test
    void eventsStoredBeforeTheChainByTheFormerTriggerAndAfterCommitAreIntact() {
        ChainVerification verification = verifier.verify();

        assertThat(verification.intact()).isTrue();
        assertThat(inRanges.verify()).isEqualTo(verification);
        assertThat(verification.events()).isEqualTo(count());
        assertThat(verification.lastIndex()).isEqualTo(newest());
    }

    @Test
    void oneChangedByteOfAPayloadIsFoundAtItsGlobalIndex() {
        long target = indexOf("case-a", 2);
        Runnable undo = tampering.changeOnePayloadByte(target);

        assertBrokenAt(target, "case-a", 2L, ChainBreakReason.CHANGED);
        undo.run();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void anEventDeletedInTheMiddleIsMissingAtItsGlobalIndex() {
        long target = indexOf("case-b", 0);
        Runnable undo = tampering.deleteEvent(target);

        assertBrokenAt(target, "case-b", 0L, ChainBreakReason.MISSING);
        undo.run();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void theNewestEventDeletedIsMissingAtItsGlobalIndex() {
        long target = newest();
        String aggregate = jdbc.queryForObject("SELECT aggregateidentifier FROM domainevententry WHERE globalindex = ?", String.class, target);
        Long sequence = jdbc.queryForObject("SELECT sequencenumber FROM domainevententry WHERE globalindex = ?", Long.class, target);
        Runnable undo = tampering.deleteEvent(target);

        assertBrokenAt(target, aggregate, sequence, ChainBreakReason.MISSING);
        undo.run();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void anEventAndItsChainRowDeletedTogetherAreMissingAtTheirGlobalIndex() {
        long target = indexOf("case-a", 2);
        Runnable undoEvent = tampering.deleteEvent(target);
        List<java.util.Map<String, Object>> chainRow = jdbc.queryForList("SELECT * FROM event_chain WHERE globalindex = ?", target);
        jdbc.update("DELETE FROM event_chain WHERE globalindex = ?", target);

        assertBrokenAt(target, null, null, ChainBreakReason.MISSING);
        java.util.Map<String, Object> row = chainRow.get(0);
        jdbc.update("INSERT INTO event_chain VALUES (?, ?, ?, ?, ?, ?)", row.get("globalindex"), row.get("previousindex"),
                row.get("aggregateidentifier"), row.get("sequencenumber"), row.get("digest"), row.get("link"));
        undoEvent.run();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aForgedEventInAGapTheChainPassedOverIsInsertedAtItsGlobalIndex() {
        long gap = drawGlobalIndex();
        append("case-c", 0);
        extension.extend();
        Runnable undo = tampering.insertForgedEvent(indexOf("case-b", 0), gap);

        assertBrokenAt(gap, "case-b", 100_000L, ChainBreakReason.INSERTED);
        undo.run();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aGapIsWaitedForWithinTheGraceAndTheEventCommittedInItChainedInOrder() {
        long gap = drawGlobalIndex();
        append("case-d", 0);
        ChainExtension patient = new ChainExtension(dataSource, 1_000, Duration.ofHours(1));

        assertThat(patient.extend()).isZero();
        assertThat(verifier.verify().intact()).as("events not chained yet are pending, not inserted").isTrue();
        appendAt(gap, "case-d", 1);
        assertThat(patient.extend()).isEqualTo(2);
        assertThat(verifier.verify().intact()).isTrue();
        assertThat(verifier.verify().lastIndex()).isEqualTo(newest());
    }

    @Test
    void theFirstTwoEventsSwappedAreReorderedAtTheFirst() {
        long first = indexOf("case-a", 0);
        long second = indexOf("case-a", 1);
        Runnable undo = tampering.swapSequenceNumbers(first, second);

        assertBrokenAt(first, "case-a", 1L, ChainBreakReason.REORDERED);
        undo.run();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void twoSwappedSequenceNumbersAreReorderedAtTheFirst() {
        long first = indexOf("case-a", 1);
        long second = indexOf("case-a", 3);
        Runnable undo = tampering.swapSequenceNumbers(first, second);

        assertBrokenAt(first, "case-a", 3L, ChainBreakReason.REORDERED);
        undo.run();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aCheckpointTheStoreNoLongerReachesNamesTheLostEvents() {
        ChainVerification now = verifier.verify();
        Checkpoint beyond = new Checkpoint(now.lastIndex() + 5, now.lastLink().hex(), now.events() + 5, Instant.now());

        ChainVerification verification = verifier.verify(new Checkpoints(List.of(beyond)));

        assertThat(verification.firstBroken()).isEqualTo(new BrokenLink(now.lastIndex() + 5, null, null, ChainBreakReason.MISSING));
    }

    @Test
    void aCheckpointWithAnotherLinkNamesAChainRewrittenUpToIt() {
        ChainVerification now = verifier.verify();
        long at = indexOf("case-a", 2);
        Checkpoint published = new Checkpoint(at, ChainLink.START.hex(), 3, Instant.now());

        ChainVerification verification = verifier.verify(new Checkpoints(List.of(published)));

        assertThat(verification.firstBroken()).isEqualTo(new BrokenLink(at, "case-a", 2L, ChainBreakReason.CHANGED));
        assertThat(now.intact()).isTrue();
    }

    @Test
    void concurrentAppendsAreChainedWhileTheyCommitInGlobalIndexOrderWithoutGaps() throws Exception {
        long before = newest();
        ChainExtension patient = new ChainExtension(dataSource, 1_000, Duration.ofHours(1));
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(9);
        try {
            Future<?> chaining = writers.submit(() -> {
                while (writing.get()) {
                    patient.extend();
                }
                return null;
            });
            List<Future<?>> appends = IntStream.range(0, 200)
                    .mapToObj(i -> writers.submit(() -> append("concurrent-" + (i % 8), i / 8)))
                    .<Future<?>>map(future -> future)
                    .toList();
            for (Future<?> append : appends) {
                append.get();
            }
            writing.set(false);
            chaining.get();
        } finally {
            writers.shutdown();
        }
        patient.extend();

        assertThat(verifier.verify().intact()).isTrue();
        assertThat(verifier.verify().lastIndex()).isEqualTo(newest());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE globalindex > ?", Long.class, before)).isEqualTo(200);
        assertThat(newest()).isEqualTo(before + 200);
    }

    @Test
    void slicesOfAnySpanPassOverTheWholeChainAsOneVerificationDoes() {
        ChainVerification whole = verifier.verify();

        for (long span : new long[] {1, 2, 3, 1_000}) {
            assertThat(passInSlices(span, Checkpoints.NONE)).as("slices of %d", span)
                    .isEqualTo(new IntegrityReport(whole.events(), null, true, null));
        }
    }

    @Test
    void aSliceFindsAChangedEventAsOneVerificationDoes() {
        long target = indexOf("case-a", 3);
        Runnable undo = tampering.changeOnePayloadByte(target);
        try {
            BrokenLink expected = verifier.verify().firstBroken();

            for (long span : new long[] {1, 2, 1_000}) {
                assertThat(passInSlices(span, Checkpoints.NONE).firstBroken()).as("slices of %d", span).isEqualTo(expected);
            }
        } finally {
            undo.run();
        }
    }

    @Test
    void theSlicesFindACheckpointRewrittenInTheirRangeAndOneBeyondTheHead() {
        ChainVerification now = verifier.verify();
        long at = indexOf("case-a", 2);
        Checkpoint rewritten = new Checkpoint(at, ChainLink.START.hex(), 3, Instant.now());
        Checkpoint beyond = new Checkpoint(now.lastIndex() + 5, now.lastLink().hex(), now.events() + 5, Instant.now());

        assertThat(passInSlices(1, new Checkpoints(List.of(rewritten))).firstBroken())
                .isEqualTo(new BrokenLink(at, "case-a", 2L, ChainBreakReason.CHANGED));
        assertThat(passInSlices(2, new Checkpoints(List.of(beyond))).firstBroken())
                .isEqualTo(new BrokenLink(now.lastIndex() + 5, null, null, ChainBreakReason.MISSING));
    }

    @Test
    void aPassGoesOnWhereTheLastSliceStoppedAndStartsAgainAfterTheHead() {
        ScheduledVerification scheduled = new ScheduledVerification(verifier, () -> Checkpoints.NONE, 2, Duration.ZERO,
                Clock.systemUTC());
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        scheduled.register(registry);

        VerificationPass second = scheduled.run(null);
        assertThat(second.index()).isEqualTo(1);
        assertThat(registry.get("misconduct.integrity.intact").gauge().value()).as("no pass ended yet").isNaN();
        VerificationPass next = second;
        for (int slices = 1; !next.atBeginning(); slices++) {
            assertThat(slices).as("slices of one pass").isLessThan(10_000);
            assertThat(next.index()).isLessThan(newest());
            next = scheduled.run(next);
        }
        assertThat(registry.get("misconduct.integrity.intact").gauge().value()).isEqualTo(1);
        assertThat(registry.get("misconduct.integrity.verified.events").gauge().value()).isEqualTo(count());
    }

    @Test
    void aNewPassWaitsUntilThePassIntervalHasGoneBySinceTheOneBeforeStarted() {
        AtomicInteger slicesRun = new AtomicInteger();
        Instant start = Instant.parse("2026-12-06T12:00:00Z");

        VerificationPass afterFirst = pacedAt(start, slicesRun).run(null);
        assertThat(afterFirst.atBeginning()).as("one slice covers the whole chain").isTrue();
        assertThat(pacedAt(start.plus(Duration.ofMinutes(9)), slicesRun).run(afterFirst)).isEqualTo(afterFirst);
        assertThat(slicesRun).as("no slice before the interval has gone by").hasValue(1);

        VerificationPass afterSecond = pacedAt(start.plus(Duration.ofMinutes(10)), slicesRun).run(afterFirst);
        assertThat(slicesRun).hasValue(2);
        assertThat(afterSecond.passStarted()).isEqualTo(start.plus(Duration.ofMinutes(10)));
    }

    /** A verification whose passes start ten minutes apart, at {@code now}, counting the slices it runs. */
    private static ScheduledVerification pacedAt(Instant now, AtomicInteger slicesRun) {
        return new ScheduledVerification(verifier, () -> {
            slicesRun.incrementAndGet();
            return Checkpoints.NONE;
        }, Long.MAX_VALUE, Duration.ofMinutes(10), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void theHeadAfterACheckpointAddsTheRowsChainedSinceToTheCountItPublished() {
        long at = indexOf("case-a", 2);
        byte[] link = jdbc.queryForObject("SELECT link FROM event_chain WHERE globalindex = ?", byte[].class, at);
        Checkpoint published = new Checkpoint(at, new ChainLink(link).hex(), 1_000, Instant.now());
        long chainedSince = jdbc.queryForObject("SELECT count(*) FROM event_chain WHERE globalindex > ?", Long.class, at);

        ChainVerifier.VerifiedHead head = verifier.verifiedHead(Optional.of(published));

        assertThat(head.verification().intact()).isTrue();
        assertThat(head.head().count()).isEqualTo(1_000 + chainedSince);
        assertThat(verifier.head().count()).isEqualTo(jdbc.queryForObject("SELECT count(*) FROM event_chain", Long.class));
    }

    /** The outcome of one pass of the background verification, in slices of {@code span} global indexes. */
    private static IntegrityReport passInSlices(long span, Checkpoints checkpoints) {
        ScheduledVerification scheduled = new ScheduledVerification(verifier, () -> checkpoints, span, Duration.ZERO,
                Clock.systemUTC());
        VerificationPass pass = scheduled.run(VerificationPass.BEGINNING);
        for (int slices = 1; !pass.atBeginning(); slices++) {
            assertThat(slices).as("slices of one pass").isLessThan(10_000);
            pass = scheduled.run(pass);
        }
        return scheduled.lastOutcome();
    }

    private static void assertBrokenAt(long globalIndex, String aggregate, Long sequence, ChainBreakReason reason) {
        ChainVerification verification = verifier.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBroken()).isEqualTo(new BrokenLink(globalIndex, aggregate, sequence, reason));
        assertThat(inRanges.verify()).as("verified in ranges on several connections").isEqualTo(verification);
    }

    private static void append(String aggregate, long sequence) {
        appendAt(drawGlobalIndex(), aggregate, sequence);
    }

    private static void appendAt(long globalIndex, String aggregate, long sequence) {
        jdbc.update("""
                INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                    payload, payloadrevision, payloadtype, "timestamp") VALUES (?, ?, ?, 'Case', ?, ?, ?, '1', 'org.example.Happened', ?)""",
                globalIndex, aggregate, sequence, UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                ("{\"n\":" + sequence + "}").getBytes(StandardCharsets.UTF_8), Instant.now().toString());
    }

    /** A global index drawn as an append draws it. */
    private static long drawGlobalIndex() {
        return jdbc.queryForObject("SELECT nextval('domainevententry_globalindex_seq')", Long.class);
    }

    private static long indexOf(String aggregate, long sequence) {
        return jdbc.queryForObject("SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?",
                Long.class, aggregate, sequence);
    }

    private static long newest() {
        return jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
    }

    private static long count() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }
}
