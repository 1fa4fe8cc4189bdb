package org.misconduct.investigation.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.codes.AllegationType;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.contracts.codes.InvestigatingEntity;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.contracts.codes.Priority;
import org.misconduct.contracts.codes.SeaCategory;
import org.misconduct.investigation.assignment.CaseAssigned;
import org.misconduct.investigation.caseopening.Allegation;
import org.misconduct.investigation.caseopening.CaseOpened;
import org.misconduct.investigation.clocks.ClockBreached;
import org.misconduct.investigation.clocks.ClockExtended;
import org.misconduct.investigation.clocks.ClockStarted;
import org.misconduct.investigation.clocks.ClockStopped;
import org.misconduct.investigation.memberstate.EntityChangeReason;
import org.misconduct.investigation.memberstate.InvestigatingEntityChanged;
import org.misconduct.investigation.outcome.FindingRecorded;
import org.misconduct.testinfra.MigratedDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** The queue's ordering and filters, by calling the projection's handlers on a real database. */
class CaseQueueProjectionTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    private static JdbcTemplate jdbc;
    private CaseQueueProjection projection;
    private CaseQueue queue;

    @BeforeAll
    static void database() {
        jdbc = MigratedDatabase.of("investigation_projection_test", "classpath:db/axon", "classpath:db/streaming", "classpath:db/investigation");
    }

    @BeforeEach
    void emptyQueue() {
        projection = new CaseQueueProjection(jdbc);
        queue = new CaseQueue(jdbc);
        projection.reset();
    }

    @Test
    void theCaseWhoseRunningClockFallsDueFirstIsOnTop() {
        open("ALG-2026-000001", "XAA", Instant.parse("2027-05-01T00:00:00Z"));
        open("ALG-2026-000002", "XAA", Instant.parse("2027-02-01T00:00:00Z"));
        open("ALG-2026-000003", "XAA", Instant.parse("2027-04-01T00:00:00Z"));
        projection.on(new ClockStarted("ALG-2026-000001", ClockName.EVIDENCE_PRESERVATION, T0, T0.plusSeconds(72 * 3600), "d"));

        assertThat(queue.openCases(Optional.empty(), Optional.empty(), Optional.empty()))
                .extracting(CaseQueueItem::caseReference)
                .containsExactly("ALG-2026-000001", "ALG-2026-000002", "ALG-2026-000003");
    }

    @Test
    void aStoppedClockNoLongerPullsItsCaseUpButStaysVisible() {
        open("ALG-2026-000001", "XAA", Instant.parse("2027-05-01T00:00:00Z"));
        open("ALG-2026-000002", "XAA", Instant.parse("2027-02-01T00:00:00Z"));
        projection.on(new ClockStarted("ALG-2026-000001", ClockName.EVIDENCE_PRESERVATION, T0, T0.plusSeconds(3600), "d"));
        projection.on(new ClockStopped("ALG-2026-000001", ClockName.EVIDENCE_PRESERVATION, T0.plusSeconds(60), true));

        assertThat(queue.openCases(Optional.empty(), Optional.empty(), Optional.empty()))
                .extracting(CaseQueueItem::caseReference)
                .containsExactly("ALG-2026-000002", "ALG-2026-000001");
        assertThat(queue.find("ALG-2026-000001").orElseThrow().clocks())
                .anySatisfy(clock -> {
                    assertThat(clock.name()).isEqualTo("evidence-preservation");
                    assertThat(clock.stoppedAt()).isEqualTo(T0.plusSeconds(60));
                    assertThat(clock.breached()).isFalse();
                });
    }

    @Test
    void aClockFallingDueAfterTheCasesNextLeavesItsQueueRowUnwritten() {
        open("ALG-2026-000001", "XAA", Instant.parse("2027-05-01T00:00:00Z"));
        projection.on(new ClockStarted("ALG-2026-000001", ClockName.EVIDENCE_PRESERVATION, T0, T0.plusSeconds(3600), "d"));
        String version = rowVersion("ALG-2026-000001");

        projection.on(new ClockStarted("ALG-2026-000001", ClockName.MEMBER_STATE_INTENT, T0, T0.plusSeconds(7200), "m"));

        assertThat(rowVersion("ALG-2026-000001")).isEqualTo(version);
        projection.on(new ClockStopped("ALG-2026-000001", ClockName.EVIDENCE_PRESERVATION, T0.plusSeconds(60), true));
        assertThat(rowVersion("ALG-2026-000001")).isNotEqualTo(version);
        assertThat(jdbc.queryForObject("SELECT next_due_at FROM case_view WHERE case_reference = 'ALG-2026-000001'",
                Timestamp.class).toInstant()).isEqualTo(T0.plusSeconds(7200));
    }

    @Test
    void aStoppedClockStartedAgainByARedeliveryDoesNotBringItsCaseForward() {
        open("ALG-2026-000001", "XAA", Instant.parse("2027-05-01T00:00:00Z"));
        ClockStarted evidence = new ClockStarted("ALG-2026-000001", ClockName.EVIDENCE_PRESERVATION, T0, T0.plusSeconds(3600), "d");
        projection.on(evidence);
        projection.on(new ClockStopped("ALG-2026-000001", ClockName.EVIDENCE_PRESERVATION, T0.plusSeconds(60), true));

        projection.on(evidence);

        assertThat(jdbc.queryForObject("SELECT next_due_at FROM case_view WHERE case_reference = 'ALG-2026-000001'",
                Timestamp.class).toInstant()).isEqualTo(Instant.parse("2027-05-01T00:00:00Z"));
    }

    @Test
    void aBreachIsShownOnTheClock() {
        open("ALG-2026-000001", "XAA", Instant.parse("2027-05-01T00:00:00Z"));
        projection.on(new ClockBreached("ALG-2026-000001", ClockName.INVESTIGATION, T0, Instant.parse("2027-05-01T00:00:00Z")));

        assertThat(queue.find("ALG-2026-000001").orElseThrow().clocks())
                .singleElement().satisfies(clock -> assertThat(clock.breached()).isTrue());
    }

    @Test
    void aMemberStateSeesOnlyCasesAboutItsPersonnel() {
        open("ALG-2026-000001", "XAA", Instant.parse("2027-05-01T00:00:00Z"));
        open("ALG-2026-000002", "XAB", Instant.parse("2027-05-01T00:00:00Z"));

        assertThat(queue.openCases(Optional.empty(), Optional.empty(), Optional.of("XAB")))
                .extracting(CaseQueueItem::caseReference)
                .containsExactly("ALG-2026-000002");
    }

    @Test
    void aRedeliveredOpeningChangesNothing() {
        open("ALG-2026-000001", "XAA", Instant.parse("2027-05-01T00:00:00Z"));
        open("ALG-2026-000001", "XAA", Instant.parse("2027-05-01T00:00:00Z"));

        assertThat(queue.openCases(Optional.empty(), Optional.empty(), Optional.empty())).hasSize(1)
                .singleElement().satisfies(item -> assertThat(item.clocks()).hasSize(1));
    }

    @Test
    void assigneeAndEntityFilterTheQueue() {
        open("ALG-2026-000001", "XAA", Instant.parse("2027-05-01T00:00:00Z"));
        open("ALG-2026-000002", "XAA", Instant.parse("2027-04-01T00:00:00Z"));
        projection.on(new CaseAssigned("ALG-2026-000001", "investigator.oios", T0));
        projection.on(new InvestigatingEntityChanged("ALG-2026-000002", InvestigatingEntity.TCC, InvestigatingEntity.OIOS, EntityChangeReason.MEMBER_STATE_SILENT, T0));

        assertThat(queue.openCases(Optional.of("investigator.oios"), Optional.empty(), Optional.empty()))
                .extracting(CaseQueueItem::caseReference).containsExactly("ALG-2026-000001");
        assertThat(queue.openCases(Optional.empty(), Optional.of("OIOS"), Optional.empty()))
                .extracting(CaseQueueItem::caseReference).containsExactly("ALG-2026-000002");
    }

    @Test
    void anExtensionMovesTheCaseDownTheQueue() {
        open("ALG-2026-000001", "XAA", Instant.parse("2027-02-01T00:00:00Z"));
        open("ALG-2026-000002", "XAA", Instant.parse("2027-04-01T00:00:00Z"));
        projection.on(new ClockExtended("ALG-2026-000001", ClockName.INVESTIGATION, Instant.parse("2027-02-01T00:00:00Z"),
                Instant.parse("2027-06-01T00:00:00Z"), "reason", T0, "deadline-2"));

        assertThat(queue.openCases(Optional.empty(), Optional.empty(), Optional.empty()))
                .extracting(CaseQueueItem::caseReference).containsExactly("ALG-2026-000002", "ALG-2026-000001");
        assertThat(queue.find("ALG-2026-000001").orElseThrow().clocks())
                .singleElement().satisfies(clock -> assertThat(clock.dueAt()).isEqualTo(Instant.parse("2027-06-01T00:00:00Z")));
    }

    @Test
    void aFindingTakesTheCaseOffTheQueueButItStaysReadable() {
        open("ALG-2026-000001", "XAA", Instant.parse("2027-02-01T00:00:00Z"));
        projection.on(new FindingRecorded("ALG-2026-000001", Finding.SUBSTANTIATED, "summary", null, InvestigatingEntity.TCC, T0, T0, T0, 0, true));

        assertThat(queue.openCases(Optional.empty(), Optional.empty(), Optional.empty())).isEmpty();
        assertThat(queue.find("ALG-2026-000001").orElseThrow())
                .satisfies(item -> assertThat(item.status()).isEqualTo("SUBSTANTIATED"))
                .satisfies(item -> assertThat(item.finding()).isEqualTo("SUBSTANTIATED"));
    }

    @Test
    void theQueueAnswersAtMostTheAskedNumberOfCases() {
        open("ALG-2026-000001", "XAA", Instant.parse("2027-02-01T00:00:00Z"));
        open("ALG-2026-000002", "XAA", Instant.parse("2027-03-01T00:00:00Z"));

        CaseQueue.Page first = queue.openCases(Optional.empty(), Optional.empty(), Optional.empty(), 0, 1);
        assertThat(first.cases()).extracting(CaseQueueItem::caseReference).containsExactly("ALG-2026-000001");
        assertThat(first.hasNext()).isTrue();
    }

    @Test
    void pagesFollowTheNextDueTimeThenTheCaseReferenceWithoutRepeatingOrSkippingACase() {
        Instant sameDue = Instant.parse("2027-02-01T00:00:00Z");
        open("ALG-2026-000005", "XAA", sameDue);
        open("ALG-2026-000003", "XAA", sameDue);
        open("ALG-2026-000004", "XAA", Instant.parse("2027-01-01T00:00:00Z"));
        open("ALG-2026-000001", "XAA", sameDue);
        open("ALG-2026-000002", "XAA", Instant.parse("2027-03-01T00:00:00Z"));

        List<String> seen = new ArrayList<>();
        CaseQueue.Page page;
        int number = 0;
        do {
            page = queue.openCases(Optional.empty(), Optional.empty(), Optional.empty(), number++, 2);
            assertThat(page.cases()).hasSizeLessThanOrEqualTo(2).allSatisfy(item -> assertThat(item.clocks()).isNotEmpty());
            page.cases().forEach(item -> seen.add(item.caseReference()));
        } while (page.hasNext());

        assertThat(number).isEqualTo(3);
        assertThat(seen).containsExactly("ALG-2026-000004", "ALG-2026-000001", "ALG-2026-000003", "ALG-2026-000005",
                "ALG-2026-000002");
    }

    @Test
    void pagesAfterACursorMatchNumberedPagesAndReachTheCasesWithoutARunningClockLast() {
        Instant sameDue = Instant.parse("2027-02-01T00:00:00Z");
        open("ALG-2026-000005", "XAA", sameDue);
        open("ALG-2026-000003", "XAA", sameDue);
        open("ALG-2026-000004", "XAA", Instant.parse("2027-01-01T00:00:00Z"));
        open("ALG-2026-000001", "XAA", sameDue);
        open("ALG-2026-000007", "XAA", sameDue);
        open("ALG-2026-000006", "XAA", sameDue);
        open("ALG-2026-000002", "XAA", sameDue);
        projection.on(new ClockStopped("ALG-2026-000006", ClockName.INVESTIGATION, T0.plusSeconds(60), true));
        projection.on(new ClockStopped("ALG-2026-000002", ClockName.INVESTIGATION, T0.plusSeconds(60), true));

        for (int size = 1; size <= 4; size++) {
            List<String> numbered = new ArrayList<>();
            List<String> followed = new ArrayList<>();
            CaseQueue.Page page;
            int number = 0;
            do {
                page = queue.openCases(Optional.empty(), Optional.of("TCC"), Optional.empty(), number++, size);
                page.cases().forEach(item -> numbered.add(item.caseReference()));
            } while (page.hasNext());
            page = queue.openCases(Optional.empty(), Optional.of("TCC"), Optional.empty(), 0, size);
            page.cases().forEach(item -> followed.add(item.caseReference()));
            while (page.hasNext()) {
                QueuePosition after = QueuePosition.of(page.last().orElseThrow().token()).orElseThrow();
                page = queue.openCasesAfter(Optional.empty(), Optional.of("TCC"), Optional.empty(), after, size);
                assertThat(page.cases()).hasSizeLessThanOrEqualTo(size);
                page.cases().forEach(item -> followed.add(item.caseReference()));
            }

            assertThat(followed).as("pages of %d", size).containsExactly("ALG-2026-000004", "ALG-2026-000001",
                    "ALG-2026-000003", "ALG-2026-000005", "ALG-2026-000007", "ALG-2026-000002", "ALG-2026-000006");
            assertThat(numbered).as("pages of %d", size).isEqualTo(followed);
        }
    }

    @Test
    void aCursorThisServiceDidNotIssueIsRefused() {
        assertThat(QueuePosition.of("not a cursor")).isEmpty();
        assertThat(QueuePosition.of("")).isEmpty();
        assertThat(QueuePosition.of(java.util.Base64.getUrlEncoder().encodeToString("2027-13-01~ALG".getBytes()))).isEmpty();
        QueuePosition position = new QueuePosition(Instant.parse("2027-02-01T00:00:00.123456Z"), "ALG-2026-000001");
        assertThat(QueuePosition.of(position.token())).contains(position);
        assertThat(QueuePosition.of(new QueuePosition(null, "ALG-2026-000001").token()))
                .contains(new QueuePosition(null, "ALG-2026-000001"));
    }

    @Test
    void aPageBeyondTheLastIsEmpty() {
        open("ALG-2026-000001", "XAA", Instant.parse("2027-02-01T00:00:00Z"));

        CaseQueue.Page page = queue.openCases(Optional.empty(), Optional.empty(), Optional.empty(), 1, 100);
        assertThat(page.cases()).isEmpty();
        assertThat(page.hasNext()).isFalse();
    }

    /** The row version PostgreSQL gives each write of the row. */
    private static String rowVersion(String caseReference) {
        return jdbc.queryForObject("SELECT xmin::text FROM case_view WHERE case_reference = ?", String.class, caseReference);
    }

    private void open(String caseReference, String nationality, Instant investigationDue) {
        Allegation allegation = new Allegation("MINUSCA", AllegationType.SA, SeaCategory.RAPE, PersonnelCategory.MC, nationality,
                nationality + "-BATT-1", 1, false, Priority.NORMAL, InvestigatingEntity.TCC, T0, T0);
        projection.on(new CaseOpened(caseReference, allegation, T0));
        projection.on(new ClockStarted(caseReference, ClockName.INVESTIGATION, T0, investigationDue, "deadline"));
    }
}
