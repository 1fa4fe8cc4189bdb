package org.misconduct.investigation.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.investigation.clock.ClockBreached;
import org.misconduct.investigation.clock.ClockDuration;
import org.misconduct.investigation.clock.ClockExtended;
import org.misconduct.investigation.clock.ClockName;
import org.misconduct.investigation.clock.ClockPolicy;
import org.misconduct.investigation.clock.ClockStarted;
import org.misconduct.investigation.clock.ClockStopped;
import org.misconduct.investigation.clock.WorkingCalendar;
import org.misconduct.web.NotFound;
import org.misconduct.web.RuleViolation;

class CaseTest {

    private static final String REF = "ALG-2026-000042";
    private static final Instant RECEIVED = Instant.parse("2026-11-20T08:00:00Z");
    /** A Friday afternoon. */
    private static final Instant REFERRED = Instant.parse("2026-11-20T14:00:00Z");
    private static final Instant EVIDENCE_DUE = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant INVESTIGATION_DUE = Instant.parse("2027-05-20T14:00:00Z");
    private static final Instant URGENT_INVESTIGATION_DUE = Instant.parse("2027-02-18T14:00:00Z");
    /** Ten working days after Friday 20 November: the end of Friday 4 December. */
    private static final Instant INTENT_DUE = Instant.parse("2026-12-05T00:00:00Z");
    /** A Wednesday. */
    private static final Instant RESPONDED = Instant.parse("2026-11-25T10:00:00Z");
    /** Five working days after Wednesday 25 November: the end of Wednesday 2 December. */
    private static final Instant NIO_DUE = Instant.parse("2026-12-03T00:00:00Z");
    private static final String HASH = "a".repeat(64);

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureWith(ClockPolicy.defaults());
    }

    private static FixtureConfiguration<Case> fixtureWith(ClockPolicy policy) {
        FixtureConfiguration<Case> configured = new AggregateTestFixture<>(Case.class);
        configured.registerInjectableResource(policy);
        configured.registerIgnoredField(ClockStarted.class, "deadlineId");
        configured.registerIgnoredField(ClockExtended.class, "deadlineId");
        return configured;
    }

    // --- opening and the clocks it starts

    @Test
    void aReferralOfSexualAbuseByAContingentOpensACaseNotifiesTheMemberStateAndStartsItsClocks() {
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .when(new OpenCase(REF, allegation(AllegationType.SA, Priority.NORMAL, "MC")))
                .expectEvents(
                        new CaseOpened(REF, allegation(AllegationType.SA, Priority.NORMAL, "MC"), REFERRED),
                        new ClockStarted(REF, ClockName.EVIDENCE_PRESERVATION, RECEIVED, EVIDENCE_DUE, null),
                        new ClockStarted(REF, ClockName.INVESTIGATION, REFERRED, INVESTIGATION_DUE, null),
                        new MemberStateNotified(REF, "XAA", "MC", REFERRED, INTENT_DUE),
                        new ClockStarted(REF, ClockName.MEMBER_STATE_INTENT, REFERRED, INTENT_DUE, null))
                .expectScheduledDeadlineWithName(Duration.between(REFERRED, EVIDENCE_DUE), "evidence-preservation")
                .expectScheduledDeadlineWithName(Duration.between(REFERRED, INVESTIGATION_DUE), "investigation")
                .expectScheduledDeadlineWithName(Duration.between(REFERRED, INTENT_DUE), "member-state-intent");
    }

    @Test
    void civilianStaffCasesNotifyNoMemberState() {
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .when(new OpenCase(REF, allegation(AllegationType.SE, Priority.NORMAL, "INT")))
                .expectEvents(
                        new CaseOpened(REF, allegation(AllegationType.SE, Priority.NORMAL, "INT"), REFERRED),
                        new ClockStarted(REF, ClockName.EVIDENCE_PRESERVATION, RECEIVED, EVIDENCE_DUE, null),
                        new ClockStarted(REF, ClockName.INVESTIGATION, REFERRED, INVESTIGATION_DUE, null));
    }

    @Test
    void otherMisconductRunsNoEvidencePreservationClock() {
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .when(new OpenCase(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.NORMAL, "INT")))
                .expectEvents(
                        new CaseOpened(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.NORMAL, "INT"), REFERRED),
                        new ClockStarted(REF, ClockName.INVESTIGATION, REFERRED, INVESTIGATION_DUE, null));
    }

    @Test
    void anUrgentInvestigationIsDueInNinetyDays() {
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .when(new OpenCase(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.URGENT, "INT")))
                .expectEvents(
                        new CaseOpened(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.URGENT, "INT"), REFERRED),
                        new ClockStarted(REF, ClockName.INVESTIGATION, REFERRED, URGENT_INVESTIGATION_DUE, null));
    }

    @Test
    void theMemberStateIntentClockSkipsConfiguredHolidays() {
        fixture = fixtureWith(new ClockPolicy(null, null, null, null, null,
                new WorkingCalendar(null, List.of(LocalDate.parse("2026-12-01")), null)));
        clockAt(REFERRED);
        Instant dueAfterHoliday = Instant.parse("2026-12-08T00:00:00Z");
        fixture.givenCurrentTime(REFERRED)
                .when(new OpenCase(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.NORMAL, "FPU")))
                .expectEvents(
                        new CaseOpened(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.NORMAL, "FPU"), REFERRED),
                        new ClockStarted(REF, ClockName.INVESTIGATION, REFERRED, INVESTIGATION_DUE, null),
                        new MemberStateNotified(REF, "XAA", "FPU", REFERRED, dueAfterHoliday),
                        new ClockStarted(REF, ClockName.MEMBER_STATE_INTENT, REFERRED, dueAfterHoliday, null));
    }

    // --- evidence preservation clock

    @Test
    void evidenceClockBreachesAfter72Hours() {
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.SE, Priority.NORMAL, "INT")))
                .whenTimeAdvancesTo(EVIDENCE_DUE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName("evidence-preservation")
                .expectEvents(new ClockBreached(REF, ClockName.EVIDENCE_PRESERVATION, RECEIVED, EVIDENCE_DUE));
    }

    @Test
    void evidencePreservedInTimeStopsTheClockAndCancelsItsDeadline() {
        Instant preserved = Instant.parse("2026-11-21T10:00:00Z");
        clockAt(preserved);
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
        clockAt(late);
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
        clockAt(REFERRED);
        fixture.given(
                        new CaseOpened(REF, allegation(AllegationType.SA, Priority.NORMAL, "INT"), REFERRED),
                        new EvidencePreserved(REF, REFERRED, true))
                .when(new RecordEvidencePreserved(REF))
                .expectException(RuleViolation.class);
    }

    @Test
    void aStoppedClockDoesNotBreach() {
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.SA, Priority.NORMAL, "INT")),
                        new RecordEvidencePreserved(REF))
                .whenTimeAdvancesTo(EVIDENCE_DUE.plusSeconds(1))
                .expectNoEvents();
    }

    // --- investigation clock

    @Test
    void investigationClockBreachesAfterSixMonths() {
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.NORMAL, "INT")))
                .whenTimeElapses(Duration.between(REFERRED, INVESTIGATION_DUE).plusMinutes(1))
                .expectTriggeredDeadlinesWithName("investigation")
                .expectEvents(new ClockBreached(REF, ClockName.INVESTIGATION, REFERRED, INVESTIGATION_DUE));
    }

    @Test
    void urgentInvestigationClockBreachesAfterNinetyDays() {
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.URGENT, "INT")))
                .whenTimeElapses(Duration.ofDays(90).plusMinutes(1))
                .expectEvents(new ClockBreached(REF, ClockName.INVESTIGATION, REFERRED, URGENT_INVESTIGATION_DUE));
    }

    @Test
    void anUrgentInvestigationIsNotBreachedBeforeNinetyDays() {
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.URGENT, "INT")))
                .whenTimeElapses(Duration.ofDays(89))
                .expectNoEvents();
    }

    // --- Member State flow

    @Test
    void aSilentMemberStateBreachesTheIntentClockAndLeavesTheCaseWithOios() {
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.NORMAL, "MC")))
                .whenTimeAdvancesTo(INTENT_DUE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName("member-state-intent")
                .expectEvents(
                        new ClockBreached(REF, ClockName.MEMBER_STATE_INTENT, REFERRED, INTENT_DUE),
                        new InvestigatingEntityChanged(REF, "TCC", "OIOS", EntityChangeReason.MEMBER_STATE_SILENT, INTENT_DUE));
    }

    @Test
    void theIntentClockHasNotBreachedOnItsLastWorkingDay() {
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.NORMAL, "MC")))
                .whenTimeAdvancesTo(Instant.parse("2026-12-04T23:00:00Z"))
                .expectNoEvents();
    }

    @Test
    void aMemberStateThatDeclinesLeavesTheCaseWithOios() {
        clockAt(RESPONDED);
        fixture.given(notifiedContingentCase())
                .when(new RecordMemberStateResponse(REF, false, false))
                .expectEvents(
                        new MemberStateResponded(REF, "XAA", false, false, RESPONDED, true),
                        new ClockStopped(REF, ClockName.MEMBER_STATE_INTENT, RESPONDED, true),
                        new InvestigatingEntityChanged(REF, "TCC", "OIOS", EntityChangeReason.MEMBER_STATE_DECLINED, RESPONDED));
    }

    @Test
    void aMemberStateThatWillInvestigateWithoutAnNioStartsTheNioAppointmentClock() {
        clockAt(RESPONDED);
        fixture.given(notifiedContingentCase())
                .when(new RecordMemberStateResponse(REF, true, false))
                .expectEvents(
                        new MemberStateResponded(REF, "XAA", true, false, RESPONDED, true),
                        new ClockStopped(REF, ClockName.MEMBER_STATE_INTENT, RESPONDED, true),
                        new ClockStarted(REF, ClockName.NIO_APPOINTMENT, RESPONDED, NIO_DUE, null))
                .expectScheduledDeadlineWithName(NIO_DUE, "nio-appointment");
    }

    @Test
    void theNioAppointmentClockBreachesAfterFiveWorkingDays() {
        clockAt(RESPONDED);
        fixture.givenCurrentTime(RESPONDED)
                .andGiven(notifiedContingentCase())
                .andGivenCommands(new RecordMemberStateResponse(REF, true, false))
                .whenTimeAdvancesTo(NIO_DUE.plusSeconds(1))
                .expectEvents(new ClockBreached(REF, ClockName.NIO_APPOINTMENT, RESPONDED, NIO_DUE));
    }

    @Test
    void aLaterResponseAppointingTheNioStopsItsClock() {
        Instant appointed = Instant.parse("2026-11-30T09:00:00Z");
        clockAt(appointed);
        fixture.given(withNioClock())
                .when(new RecordMemberStateResponse(REF, true, true))
                .expectEvents(
                        new NioAppointed(REF, "XAA", appointed, true),
                        new ClockStopped(REF, ClockName.NIO_APPOINTMENT, appointed, true));
    }

    @Test
    void anNioAppointedWithTheIntentRunsNoNioClock() {
        clockAt(RESPONDED);
        fixture.given(notifiedContingentCase())
                .when(new RecordMemberStateResponse(REF, true, true))
                .expectEvents(
                        new MemberStateResponded(REF, "XAA", true, true, RESPONDED, true),
                        new ClockStopped(REF, ClockName.MEMBER_STATE_INTENT, RESPONDED, true),
                        new NioAppointed(REF, "XAA", RESPONDED, true));
    }

    @Test
    void aResponseAfterTheIntentBreachIsRecordedLateAndTheCaseStaysWithOios() {
        Instant late = Instant.parse("2026-12-10T09:00:00Z");
        clockAt(late);
        List<Object> history = new ArrayList<>(notifiedContingentCase());
        history.add(new ClockBreached(REF, ClockName.MEMBER_STATE_INTENT, REFERRED, INTENT_DUE));
        history.add(new InvestigatingEntityChanged(REF, "TCC", "OIOS", EntityChangeReason.MEMBER_STATE_SILENT, INTENT_DUE));
        fixture.given(history)
                .when(new RecordMemberStateResponse(REF, true, false))
                .expectEvents(
                        new MemberStateResponded(REF, "XAA", true, false, late, false),
                        new ClockStopped(REF, ClockName.MEMBER_STATE_INTENT, late, false));
    }

    @Test
    void aMemberStateResponseIsRecordedOnce() {
        clockAt(RESPONDED);
        List<Object> history = new ArrayList<>(notifiedContingentCase());
        history.add(new MemberStateResponded(REF, "XAA", false, false, RESPONDED, true));
        fixture.given(history)
                .when(new RecordMemberStateResponse(REF, true, true))
                .expectException(RuleViolation.class);
    }

    @Test
    void noMemberStateRespondsForCivilianStaff() {
        clockAt(RESPONDED);
        fixture.given(openedCase("INT"))
                .when(new RecordMemberStateResponse(REF, true, false))
                .expectException(RuleViolation.class);
    }

    // --- evidence and chain of custody

    @Test
    void evidenceIsRecordedWithItsHashAndItsCollectorAsFirstCustodian() {
        Instant recorded = Instant.parse("2026-11-21T09:00:00Z");
        Instant collected = Instant.parse("2026-11-21T08:00:00Z");
        clockAt(recorded);
        fixture.given(openedCase("INT"))
                .when(new RecordEvidence(REF, "E1", EvidenceKind.DIGITAL, "phone image", HASH, collected, "officer.a"))
                .expectEvents(new EvidenceRecorded(REF, "E1", EvidenceKind.DIGITAL, "phone image", HASH, collected, "officer.a", recorded));
    }

    @Test
    void evidenceCannotBeRecordedOnACaseWithAFinding() {
        clockAt(REFERRED);
        List<Object> history = new ArrayList<>(openedCase("INT"));
        history.add(finding(Finding.NOT_SUBSTANTIATED));
        fixture.given(history)
                .when(new RecordEvidence(REF, "E1", EvidenceKind.DOCUMENT, "statement", HASH, REFERRED, "officer.a"))
                .expectException(RuleViolation.class);
    }

    @Test
    void aCustodyTransferStartsFromTheCurrentCustodian() {
        clockAt(REFERRED);
        fixture.given(withEvidence())
                .when(new TransferCustody(REF, "E1", "someone.else", "lab", REFERRED, "analysis", null))
                .expectException(RuleViolation.class);
    }

    @Test
    void aCustodyTransferKeepsTheEvidenceHashAlongTheChain() {
        clockAt(REFERRED);
        Instant handedOver = Instant.parse("2026-11-22T09:00:00Z");
        List<Object> history = new ArrayList<>(withEvidence());
        history.add(new CustodyTransferred(REF, "E1", "officer.a", "lab", REFERRED, "analysis", HASH));
        fixture.given(history)
                .when(new TransferCustody(REF, "E1", "lab", "registry", handedOver, "storage", HASH.toUpperCase()))
                .expectEvents(new CustodyTransferred(REF, "E1", "lab", "registry", handedOver, "storage", HASH));
    }

    @Test
    void aCustodyTransferPresentingAnotherHashIsRefused() {
        clockAt(REFERRED);
        fixture.given(withEvidence())
                .when(new TransferCustody(REF, "E1", "officer.a", "lab", REFERRED, "analysis", "b".repeat(64)))
                .expectException(RuleViolation.class);
    }

    @Test
    void aCustodyTransferCannotPrecedeTheItemsCollection() {
        clockAt(REFERRED);
        fixture.given(withEvidence())
                .when(new TransferCustody(REF, "E1", "officer.a", "lab", REFERRED.minusSeconds(1), "analysis", null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("cannot precede its collection at " + REFERRED));
    }

    @Test
    void aCustodyTransferCannotPrecedeThePreviousTransfer() {
        Instant handedOver = Instant.parse("2026-11-22T09:00:00Z");
        clockAt(handedOver);
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
        clockAt(handedOver);
        List<Object> history = new ArrayList<>(withEvidence());
        history.add(new CustodyTransferred(REF, "E1", "officer.a", "lab", handedOver, "analysis", HASH));
        fixture.given(history)
                .when(new TransferCustody(REF, "E1", "lab", "registry", handedOver, "storage", null))
                .expectEvents(new CustodyTransferred(REF, "E1", "lab", "registry", handedOver, "storage", HASH));
    }

    @Test
    void custodyOfUnknownEvidenceIsNotFound() {
        clockAt(REFERRED);
        fixture.given(openedCase("INT"))
                .when(new TransferCustody(REF, "E9", "officer.a", "lab", REFERRED, "analysis", null))
                .expectException(NotFound.class);
    }

    // --- interim measures and money

    @Test
    void administrativeLeaveWithoutPayAppliesToCivilianStaff() {
        clockAt(REFERRED);
        fixture.given(openedCase("UNV"))
                .when(new TakeInterimMeasure(REF, "M1", InterimMeasureKind.ADMINISTRATIVE_LEAVE_WITHOUT_PAY, null, null))
                .expectEvents(new InterimMeasureTaken(REF, "M1", InterimMeasureKind.ADMINISTRATIVE_LEAVE_WITHOUT_PAY, null, null,
                        "UNV", "XAA", REFERRED));
    }

    @Test
    void administrativeLeaveWithoutPayDoesNotApplyToContingents() {
        clockAt(REFERRED);
        fixture.given(openedCase("MC"))
                .when(new TakeInterimMeasure(REF, "M1", InterimMeasureKind.ADMINISTRATIVE_LEAVE_WITHOUT_PAY, null, null))
                .expectException(RuleViolation.class);
    }

    @Test
    void paymentSuspensionRecordsAmountAndCurrencyForAContingent() {
        clockAt(REFERRED);
        fixture.given(openedCase("FPU"))
                .when(new TakeInterimMeasure(REF, "M1", InterimMeasureKind.PAYMENT_SUSPENSION, new BigDecimal("25000.00"), "USD"))
                .expectEvents(new InterimMeasureTaken(REF, "M1", InterimMeasureKind.PAYMENT_SUSPENSION, new BigDecimal("25000.00"),
                        "USD", "FPU", "XAA", REFERRED));
    }

    @Test
    void paymentSuspensionDoesNotApplyToCivilianStaff() {
        clockAt(REFERRED);
        fixture.given(openedCase("INT"))
                .when(new TakeInterimMeasure(REF, "M1", InterimMeasureKind.PAYMENT_SUSPENSION, BigDecimal.TEN, "USD"))
                .expectException(RuleViolation.class);
    }

    @Test
    void paymentSuspensionNeedsAnAmount() {
        clockAt(REFERRED);
        fixture.given(openedCase("MC"))
                .when(new TakeInterimMeasure(REF, "M1", InterimMeasureKind.PAYMENT_SUSPENSION, null, "USD"))
                .expectException(RuleViolation.class);
    }

    @Test
    void liftingAPaymentSuspensionReleasesTheMoney() {
        clockAt(RESPONDED);
        fixture.given(withSuspension())
                .when(new LiftInterimMeasure(REF, "M1"))
                .expectEvents(
                        new InterimMeasureLifted(REF, "M1", InterimMeasureKind.PAYMENT_SUSPENSION, RESPONDED),
                        new SuspendedPaymentReleased(REF, "M1", "XAA", new BigDecimal("25000.00"), "USD", RESPONDED));
    }

    @Test
    void aMeasureIsLiftedOnce() {
        clockAt(RESPONDED);
        List<Object> history = new ArrayList<>(withSuspension());
        history.add(new InterimMeasureLifted(REF, "M1", InterimMeasureKind.PAYMENT_SUSPENSION, RESPONDED));
        fixture.given(history)
                .when(new LiftInterimMeasure(REF, "M1"))
                .expectException(RuleViolation.class);
    }

    @Test
    void anUnknownMeasureIsNotFound() {
        clockAt(RESPONDED);
        fixture.given(openedCase("MC"))
                .when(new LiftInterimMeasure(REF, "M9"))
                .expectException(NotFound.class);
    }

    @Test
    void aSubstantiatedFindingTransfersSuspendedPaymentsToTheTrustFund() {
        Instant decided = Instant.parse("2027-01-19T14:00:00Z");
        clockAt(decided);
        List<Object> history = new ArrayList<>(withSuspension());
        history.add(evidenceRecorded());
        fixture.given(history)
                .when(new RecordFinding(REF, Finding.SUBSTANTIATED, "summary", null))
                .expectEvents(
                        new FindingRecorded(REF, Finding.SUBSTANTIATED, "summary", null, "TCC", REFERRED, REFERRED, decided, 60, true),
                        new ClockStopped(REF, ClockName.INVESTIGATION, decided, true),
                        new SuspendedPaymentTransferred(REF, "M1", "XAA", new BigDecimal("25000.00"), "USD", decided));
    }

    @Test
    void anyOtherFindingReleasesSuspendedPayments() {
        Instant decided = Instant.parse("2027-01-19T14:00:00Z");
        clockAt(decided);
        fixture.given(withSuspension())
                .when(new RecordFinding(REF, Finding.NOT_SUBSTANTIATED, "summary", "victim withdrew"))
                .expectEvents(
                        new FindingRecorded(REF, Finding.NOT_SUBSTANTIATED, "summary", "victim withdrew", "TCC", REFERRED, REFERRED,
                                decided, 60, true),
                        new ClockStopped(REF, ClockName.INVESTIGATION, decided, true),
                        new SuspendedPaymentReleased(REF, "M1", "XAA", new BigDecimal("25000.00"), "USD", decided));
    }

    // --- findings

    @Test
    void aFindingNeedsAPreservedEvidenceItemOrAReason() {
        clockAt(REFERRED);
        fixture.given(openedCase("INT"))
                .when(new RecordFinding(REF, Finding.SUBSTANTIATED, "summary", " "))
                .expectException(RuleViolation.class);
    }

    @Test
    void aFindingAfterTheInvestigationClockBreachedIsOutsideTheClock() {
        Instant late = Instant.parse("2027-06-01T14:00:00Z");
        clockAt(late);
        List<Object> history = new ArrayList<>(withEvidence());
        history.add(new ClockBreached(REF, ClockName.INVESTIGATION, REFERRED, INVESTIGATION_DUE));
        fixture.given(history)
                .when(new RecordFinding(REF, Finding.CLOSED, "summary", null))
                .expectEvents(
                        new FindingRecorded(REF, Finding.CLOSED, "summary", null, "TCC", REFERRED, REFERRED, late, 193, false),
                        new ClockStopped(REF, ClockName.INVESTIGATION, late, false));
    }

    @Test
    void aCaseHasOneFinding() {
        clockAt(REFERRED);
        List<Object> history = new ArrayList<>(withEvidence());
        history.add(finding(Finding.SUBSTANTIATED));
        fixture.given(history)
                .when(new RecordFinding(REF, Finding.CLOSED, "summary", null))
                .expectException(RuleViolation.class);
    }

    @Test
    void aCaseWithAFindingNoLongerBreachesItsOtherClocks() {
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.SA, Priority.NORMAL, "MC")),
                        new RecordFinding(REF, Finding.CLOSED, "summary", "no evidence could be collected"))
                .whenTimeAdvancesTo(INVESTIGATION_DUE.plusSeconds(1))
                .expectNoEvents();
    }

    // --- criminal referrals and final actions

    @Test
    void aCaseIsReferredToEachAuthorityOnce() {
        clockAt(REFERRED);
        fixture.given(openedCase("MC"))
                .when(new MakeCriminalReferral(REF, CriminalAuthority.SENDING_STATE))
                .expectEvents(new CriminalReferralMade(REF, CriminalAuthority.SENDING_STATE, REFERRED));
        List<Object> history = new ArrayList<>(openedCase("MC"));
        history.add(new CriminalReferralMade(REF, CriminalAuthority.SENDING_STATE, REFERRED));
        fixture.given(history)
                .when(new MakeCriminalReferral(REF, CriminalAuthority.SENDING_STATE))
                .expectException(RuleViolation.class);
    }

    @Test
    void finalActionsFollowASubstantiatedFinding() {
        clockAt(REFERRED);
        List<Object> history = new ArrayList<>(withEvidence());
        history.add(finding(Finding.SUBSTANTIATED));
        fixture.given(history)
                .when(new TakeDisciplinaryAction(REF, "A1", ActionKind.DISMISSAL, ActionBy.UN, "detail"))
                .expectEvents(new DisciplinaryActionTaken(REF, "A1", ActionKind.DISMISSAL, ActionBy.UN, "detail", "INT", "XAA", REFERRED));
    }

    @Test
    void noFinalActionWithoutAFinding() {
        clockAt(REFERRED);
        fixture.given(withEvidence())
                .when(new TakeDisciplinaryAction(REF, "A1", ActionKind.REPATRIATION, ActionBy.MEMBER_STATE, "detail"))
                .expectException(RuleViolation.class);
    }

    @Test
    void noFinalActionAfterAnUnsubstantiatedFinding() {
        clockAt(REFERRED);
        List<Object> history = new ArrayList<>(withEvidence());
        history.add(finding(Finding.NOT_SUBSTANTIATED));
        fixture.given(history)
                .when(new TakeDisciplinaryAction(REF, "A1", ActionKind.FINE, ActionBy.UN, "detail"))
                .expectException(RuleViolation.class);
    }

    // --- assignment

    @Test
    void aCaseIsAssignedToAnInvestigator() {
        clockAt(REFERRED);
        fixture.given(openedCase("INT"))
                .when(new AssignCase(REF, "investigator.oios"))
                .expectEvents(new CaseAssigned(REF, "investigator.oios", REFERRED));
    }

    @Test
    void assigningTheSameInvestigatorAgainChangesNothing() {
        clockAt(REFERRED);
        List<Object> history = new ArrayList<>(openedCase("INT"));
        history.add(new CaseAssigned(REF, "investigator.oios", REFERRED));
        fixture.given(history)
                .when(new AssignCase(REF, "investigator.oios"))
                .expectNoEvents();
    }

    // --- extensions

    @Test
    void theOldDueTimeOfAnExtendedClockPassesWithoutBreach() {
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.SA, Priority.NORMAL, "INT")),
                        new ExtendClock(REF, ClockName.EVIDENCE_PRESERVATION, null, ClockDuration.of("PT24H"), "victim in hospital"))
                .whenTimeAdvancesTo(EVIDENCE_DUE.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void anExtendedClockBreachesAtItsNewDueTime() {
        Instant extendedTo = EVIDENCE_DUE.plus(Duration.ofHours(24));
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.SA, Priority.NORMAL, "INT")),
                        new ExtendClock(REF, ClockName.EVIDENCE_PRESERVATION, extendedTo, null, "victim in hospital"))
                .whenTimeAdvancesTo(extendedTo.plusSeconds(1))
                .expectTriggeredDeadlinesWithName("evidence-preservation")
                .expectEvents(new ClockBreached(REF, ClockName.EVIDENCE_PRESERVATION, RECEIVED, extendedTo));
    }

    @Test
    void anExtensionIsAnEventWithItsReason() {
        clockAt(REFERRED);
        Instant extendedTo = EVIDENCE_DUE.plus(Duration.ofHours(24));
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.SA, Priority.NORMAL, "INT")))
                .when(new ExtendClock(REF, ClockName.EVIDENCE_PRESERVATION, extendedTo, null, "victim in hospital"))
                .expectEvents(new ClockExtended(REF, ClockName.EVIDENCE_PRESERVATION, EVIDENCE_DUE, extendedTo, "victim in hospital",
                        REFERRED, null))
                .expectScheduledDeadlineWithName(extendedTo, "evidence-preservation");
    }

    @Test
    void extendingABreachedClockArmsNoNewDeadline() {
        Instant late = Instant.parse("2026-11-24T10:00:00Z");
        Instant extendedTo = EVIDENCE_DUE.plus(Duration.ofDays(3));
        clockAt(late);
        fixture.given(breachedEvidenceClock())
                .when(new ExtendClock(REF, ClockName.EVIDENCE_PRESERVATION, extendedTo, null, "late lab"))
                .expectEvents(new ClockExtended(REF, ClockName.EVIDENCE_PRESERVATION, EVIDENCE_DUE, extendedTo, "late lab", late, null))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anExtensionNeverErasesABreach() {
        Instant late = Instant.parse("2026-11-24T10:00:00Z");
        Instant extendedTo = EVIDENCE_DUE.plus(Duration.ofDays(3));
        clockAt(late);
        List<Object> history = new ArrayList<>(breachedEvidenceClock());
        history.add(new ClockExtended(REF, ClockName.EVIDENCE_PRESERVATION, EVIDENCE_DUE, extendedTo, "late lab", late, null));
        fixture.given(history)
                .when(new RecordEvidencePreserved(REF))
                .expectEvents(new EvidencePreserved(REF, late, false),
                        new ClockStopped(REF, ClockName.EVIDENCE_PRESERVATION, late, false));
    }

    @Test
    void anExtensionMovesTheDueTimeLater() {
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.SA, Priority.NORMAL, "INT")))
                .when(new ExtendClock(REF, ClockName.EVIDENCE_PRESERVATION, EVIDENCE_DUE.minusSeconds(60), null, "reason"))
                .expectException(RuleViolation.class);
    }

    @Test
    void aStoppedClockIsNotExtended() {
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.SA, Priority.NORMAL, "INT")),
                        new RecordEvidencePreserved(REF))
                .when(new ExtendClock(REF, ClockName.EVIDENCE_PRESERVATION, null, ClockDuration.of("P1D"), "reason"))
                .expectException(RuleViolation.class);
    }

    @Test
    void aCaseWithAFindingGetsNoMoreTime() {
        clockAt(REFERRED);
        List<Object> history = new ArrayList<>(openedCase("INT"));
        history.add(new ClockStarted(REF, ClockName.EVIDENCE_PRESERVATION, RECEIVED, EVIDENCE_DUE, "deadline-evidence"));
        history.add(finding(Finding.CLOSED));
        fixture.given(history)
                .when(new ExtendClock(REF, ClockName.EVIDENCE_PRESERVATION, null, ClockDuration.of("P1D"), "reason"))
                .expectException(RuleViolation.class);
    }

    // --- helpers

    private void clockAt(Instant now) {
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
    }

    private static List<Object> openedCase(String personnelCategory) {
        return List.of(
                new CaseOpened(REF, allegation(AllegationType.SA, Priority.NORMAL, personnelCategory), REFERRED),
                new ClockStarted(REF, ClockName.INVESTIGATION, REFERRED, INVESTIGATION_DUE, "deadline-investigation"));
    }

    private static List<Object> breachedEvidenceClock() {
        List<Object> history = new ArrayList<>(openedCase("INT"));
        history.add(new ClockStarted(REF, ClockName.EVIDENCE_PRESERVATION, RECEIVED, EVIDENCE_DUE, "deadline-evidence"));
        history.add(new ClockBreached(REF, ClockName.EVIDENCE_PRESERVATION, RECEIVED, EVIDENCE_DUE));
        return history;
    }

    private static List<Object> notifiedContingentCase() {
        List<Object> history = new ArrayList<>(openedCase("MC"));
        history.add(new MemberStateNotified(REF, "XAA", "MC", REFERRED, INTENT_DUE));
        history.add(new ClockStarted(REF, ClockName.MEMBER_STATE_INTENT, REFERRED, INTENT_DUE, "deadline-intent"));
        return history;
    }

    private static List<Object> withNioClock() {
        List<Object> history = new ArrayList<>(notifiedContingentCase());
        history.add(new MemberStateResponded(REF, "XAA", true, false, RESPONDED, true));
        history.add(new ClockStopped(REF, ClockName.MEMBER_STATE_INTENT, RESPONDED, true));
        history.add(new ClockStarted(REF, ClockName.NIO_APPOINTMENT, RESPONDED, NIO_DUE, "deadline-nio"));
        return history;
    }

    private static List<Object> withEvidence() {
        List<Object> history = new ArrayList<>(openedCase("INT"));
        history.add(evidenceRecorded());
        return history;
    }

    private static EvidenceRecorded evidenceRecorded() {
        return new EvidenceRecorded(REF, "E1", EvidenceKind.DOCUMENT, "statement", HASH, REFERRED, "officer.a", REFERRED);
    }

    private static List<Object> withSuspension() {
        List<Object> history = new ArrayList<>(openedCase("MC"));
        history.add(new InterimMeasureTaken(REF, "M1", InterimMeasureKind.PAYMENT_SUSPENSION, new BigDecimal("25000.00"), "USD",
                "MC", "XAA", REFERRED));
        return history;
    }

    private static FindingRecorded finding(Finding finding) {
        return new FindingRecorded(REF, finding, "summary", null, "TCC", REFERRED, REFERRED, REFERRED, 0, true);
    }

    private static Allegation allegation(AllegationType type, Priority priority, String personnelCategory) {
        return new Allegation("MINUSCA", type, type == AllegationType.OTHER_MISCONDUCT ? null : "TRANSACTIONAL_SEX", personnelCategory,
                "XAA", "XAA-BATT-1", 1, false, priority, "TCC", RECEIVED, REFERRED);
    }
}
