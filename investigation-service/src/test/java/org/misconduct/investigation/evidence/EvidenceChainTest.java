package org.misconduct.investigation.evidence;

import static org.misconduct.investigation.casefile.CaseFixtures.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.clocks.ClockPolicy;
import org.misconduct.contracts.codes.AllegationType;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.contracts.codes.Priority;
import org.misconduct.domain.NotFound;
import org.misconduct.domain.RuleViolation;
import org.misconduct.investigation.casefile.Case;
import org.misconduct.investigation.caseopening.CaseOpened;
import org.misconduct.investigation.caseopening.OpenCase;
import org.misconduct.investigation.clocks.ClockBreached;
import org.misconduct.investigation.clocks.ClockStarted;
import org.misconduct.investigation.clocks.ClockStopped;

class EvidenceChainTest {

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureWith(ClockPolicy.defaults());
    }

    @Test
    void evidenceClockBreachesAfter72Hours() {
        clockAt(fixture, REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.SE, Priority.NORMAL, "INT")))
                .whenTimeAdvancesTo(EVIDENCE_DUE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName("evidence-preservation")
                .expectEvents(new ClockBreached(REF, ClockName.EVIDENCE_PRESERVATION, RECEIVED, EVIDENCE_DUE));
    }

    @Test
    void evidencePreservedInTimeStopsTheClockAndCancelsItsDeadline() {
        Instant preserved = Instant.parse("2026-11-21T10:00:00Z");
        clockAt(fixture, preserved);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.SA, Priority.NORMAL, "INT")))
                .when(new RecordEvidencePreserved(REF))
                .expectEvents(
                        new EvidencePreserved(REF, preserved, true),
                        new ClockStopped(REF, ClockName.EVIDENCE_PRESERVATION, preserved, true))
                .expectNoScheduledDeadlineWithName(Duration.between(REFERRED, EVIDENCE_DUE), "evidence-preservation");
    }

    @Test
    void evidencePreservedAfterABreachStillCountsAsLate() {
        Instant late = Instant.parse("2026-11-24T10:00:00Z");
        clockAt(fixture, late);
        fixture.given(
                        new CaseOpened(REF, allegation(AllegationType.SA, Priority.NORMAL, "INT"), REFERRED),
                        new ClockStarted(REF, ClockName.EVIDENCE_PRESERVATION, RECEIVED, EVIDENCE_DUE, "deadline-1"),
                        new ClockBreached(REF, ClockName.EVIDENCE_PRESERVATION, RECEIVED, EVIDENCE_DUE))
                .when(new RecordEvidencePreserved(REF))
                .expectEvents(
                        new EvidencePreserved(REF, late, false),
                        new ClockStopped(REF, ClockName.EVIDENCE_PRESERVATION, late, false));
    }

    @Test
    void evidenceIsRecordedAsPreservedOnce() {
        clockAt(fixture, REFERRED);
        fixture.given(
                        new CaseOpened(REF, allegation(AllegationType.SA, Priority.NORMAL, "INT"), REFERRED),
                        new EvidencePreserved(REF, REFERRED, true))
                .when(new RecordEvidencePreserved(REF))
                .expectException(RuleViolation.class);
    }

    @Test
    void aStoppedClockDoesNotBreach() {
        clockAt(fixture, REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.SA, Priority.NORMAL, "INT")),
                        new RecordEvidencePreserved(REF))
                .whenTimeAdvancesTo(EVIDENCE_DUE.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void evidenceIsRecordedWithItsHashAndItsCollectorAsFirstCustodian() {
        Instant recorded = Instant.parse("2026-11-21T09:00:00Z");
        Instant collected = Instant.parse("2026-11-21T08:00:00Z");
        clockAt(fixture, recorded);
        fixture.given(openedCase("INT"))
                .when(new RecordEvidence(REF, "E1", EvidenceKind.DIGITAL, "phone image", HASH, collected, "officer.a"))
                .expectEvents(new EvidenceRecorded(REF, "E1", EvidenceKind.DIGITAL, "phone image", HASH, collected, "officer.a", recorded));
    }

    @Test
    void evidenceCannotBeRecordedOnACaseWithAFinding() {
        clockAt(fixture, REFERRED);
        List<Object> history = new ArrayList<>(openedCase("INT"));
        history.add(finding(Finding.NOT_SUBSTANTIATED));
        fixture.given(history)
                .when(new RecordEvidence(REF, "E1", EvidenceKind.DOCUMENT, "statement", HASH, REFERRED, "officer.a"))
                .expectException(RuleViolation.class);
    }

    @Test
    void aCustodyTransferStartsFromTheCurrentCustodian() {
        clockAt(fixture, REFERRED);
        fixture.given(withEvidence())
                .when(new TransferCustody(REF, "E1", "someone.else", "lab", REFERRED, "analysis", null))
                .expectException(RuleViolation.class);
    }

    @Test
    void aCustodyTransferKeepsTheEvidenceHashAlongTheChain() {
        clockAt(fixture, REFERRED);
        Instant handedOver = Instant.parse("2026-11-22T09:00:00Z");
        List<Object> history = new ArrayList<>(withEvidence());
        history.add(new CustodyTransferred(REF, "E1", "officer.a", "lab", REFERRED, "analysis", HASH));
        fixture.given(history)
                .when(new TransferCustody(REF, "E1", "lab", "registry", handedOver, "storage", HASH.toUpperCase()))
                .expectEvents(new CustodyTransferred(REF, "E1", "lab", "registry", handedOver, "storage", HASH));
    }

    @Test
    void aCustodyTransferPresentingAnotherHashIsRefused() {
        clockAt(fixture, REFERRED);
        fixture.given(withEvidence())
                .when(new TransferCustody(REF, "E1", "officer.a", "lab", REFERRED, "analysis", "b".repeat(64)))
                .expectException(RuleViolation.class);
    }

    @Test
    void aCustodyTransferCannotPrecedeTheItemsCollection() {
        clockAt(fixture, REFERRED);
        fixture.given(withEvidence())
                .when(new TransferCustody(REF, "E1", "officer.a", "lab", REFERRED.minusSeconds(1), "analysis", null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("cannot precede its collection at " + REFERRED));
    }

    @Test
    void aCustodyTransferCannotPrecedeThePreviousTransfer() {
        Instant handedOver = Instant.parse("2026-11-22T09:00:00Z");
        clockAt(fixture, handedOver);
        List<Object> history = new ArrayList<>(withEvidence());
        history.add(new CustodyTransferred(REF, "E1", "officer.a", "lab", handedOver, "analysis", HASH));
        fixture.given(history)
                .when(new TransferCustody(REF, "E1", "lab", "registry", handedOver.minusSeconds(60), "storage", null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("cannot precede its previous transfer at " + handedOver));
    }

    @Test
    void aCustodyTransferMayFollowThePreviousOneAtTheSameMoment() {
        Instant handedOver = Instant.parse("2026-11-22T09:00:00Z");
        clockAt(fixture, handedOver);
        List<Object> history = new ArrayList<>(withEvidence());
        history.add(new CustodyTransferred(REF, "E1", "officer.a", "lab", handedOver, "analysis", HASH));
        fixture.given(history)
                .when(new TransferCustody(REF, "E1", "lab", "registry", handedOver, "storage", null))
                .expectEvents(new CustodyTransferred(REF, "E1", "lab", "registry", handedOver, "storage", HASH));
    }

    @Test
    void custodyOfUnknownEvidenceIsNotFound() {
        clockAt(fixture, REFERRED);
        fixture.given(openedCase("INT"))
                .when(new TransferCustody(REF, "E9", "officer.a", "lab", REFERRED, "analysis", null))
                .expectException(NotFound.class);
    }

    private static final String FILE_HASH = "c".repeat(64);

    private static List<Object> withStoredFile() {
        List<Object> history = new ArrayList<>(withEvidence());
        history.add(new EvidenceFileAttached(REF, "E1", "F1", FILE_HASH, 40_000_000L, "video/mp4", REFERRED));
        return history;
    }

    @Test
    void aStoredFileIsChainedToItsEvidenceItem() {
        clockAt(fixture, REFERRED);
        fixture.given(withEvidence())
                .when(new AttachEvidenceFile(REF, "E1", "F1", FILE_HASH, 40_000_000L, "video/mp4"))
                .expectEvents(new EvidenceFileAttached(REF, "E1", "F1", FILE_HASH, 40_000_000L, "video/mp4", REFERRED));
    }

    @Test
    void aFileOfUnknownEvidenceIsNotFound() {
        clockAt(fixture, REFERRED);
        fixture.given(openedCase("INT"))
                .when(new AttachEvidenceFile(REF, "E9", "F1", FILE_HASH, 1L, "application/pdf"))
                .expectException(NotFound.class);
    }

    @Test
    void aCustodyTransferPresentingTheStoredFilesHashIsAccepted() {
        clockAt(fixture, REFERRED);
        fixture.given(withStoredFile())
                .when(new TransferCustody(REF, "E1", "officer.a", "lab", REFERRED, "analysis", FILE_HASH))
                .expectEvents(new CustodyTransferred(REF, "E1", "officer.a", "lab", REFERRED, "analysis", HASH));
    }

    @Test
    void aCustodyTransferOfAnItemWithStoredFilesPresentingAnotherHashIsRefused() {
        clockAt(fixture, REFERRED);
        fixture.given(withStoredFile())
                .when(new TransferCustody(REF, "E1", "officer.a", "lab", REFERRED, "analysis", "d".repeat(64)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("does not match"));
    }

    @Test
    void aCustodyTransferOfAnItemWithStoredFilesPresentsAHash() {
        clockAt(fixture, REFERRED);
        fixture.given(withStoredFile())
                .when(new TransferCustody(REF, "E1", "officer.a", "lab", REFERRED, "analysis", null))
                .expectException(RuleViolation.class);
    }

    @Test
    void everyDownloadOfAnEvidenceFileIsACustodyEvent() {
        Instant downloaded = Instant.parse("2026-11-22T09:00:00Z");
        clockAt(fixture, downloaded);
        fixture.given(withStoredFile())
                .when(new RecordEvidenceFileDownload(REF, "E1", "F1", "forensic analysis"))
                .expectEvents(new EvidenceFileDownloaded(REF, "E1", "F1", FILE_HASH, downloaded, "forensic analysis"));
    }

    @Test
    void aFileNotChainedToTheItemIsNotDownloadedThroughIt() {
        clockAt(fixture, REFERRED);
        fixture.given(withStoredFile())
                .when(new RecordEvidenceFileDownload(REF, "E1", "F2", "analysis"))
                .expectException(NotFound.class);
    }
}
