package org.misconduct.investigation.measures;

import static org.misconduct.investigation.casefile.CaseFixtures.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.clocks.ClockPolicy;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.contracts.codes.InterimMeasureKind;
import org.misconduct.contracts.codes.InvestigatingEntity;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.domain.NotFound;
import org.misconduct.domain.RuleViolation;
import org.misconduct.investigation.casefile.Case;
import org.misconduct.investigation.clocks.ClockStarted;
import org.misconduct.investigation.clocks.ClockStopped;
import org.misconduct.investigation.outcome.FindingRecorded;
import org.misconduct.investigation.outcome.RecordFinding;

class InterimMeasuresTest {

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureWith(ClockPolicy.defaults());
    }

    @Test
    void administrativeLeaveWithoutPayAppliesToCivilianStaff() {
        clockAt(fixture, REFERRED);
        fixture.given(openedCase("UNV"))
                .when(new TakeInterimMeasure(REF, "M1", InterimMeasureKind.ADMINISTRATIVE_LEAVE_WITHOUT_PAY, null, null))
                .expectEvents(new InterimMeasureTaken(REF, "M1", InterimMeasureKind.ADMINISTRATIVE_LEAVE_WITHOUT_PAY, null, null,
                        PersonnelCategory.UNV, "XAA", REFERRED));
    }

    @Test
    void administrativeLeaveWithoutPayDoesNotApplyToContingents() {
        clockAt(fixture, REFERRED);
        fixture.given(openedCase("MC"))
                .when(new TakeInterimMeasure(REF, "M1", InterimMeasureKind.ADMINISTRATIVE_LEAVE_WITHOUT_PAY, null, null))
                .expectException(RuleViolation.class);
    }

    @Test
    void paymentSuspensionRecordsAmountAndCurrencyForAContingent() {
        clockAt(fixture, REFERRED);
        fixture.given(openedCase("FPU"))
                .when(new TakeInterimMeasure(REF, "M1", InterimMeasureKind.PAYMENT_SUSPENSION, new BigDecimal("25000.00"), "USD"))
                .expectEvents(new InterimMeasureTaken(REF, "M1", InterimMeasureKind.PAYMENT_SUSPENSION, new BigDecimal("25000.00"),
                        "USD", PersonnelCategory.FPU, "XAA", REFERRED));
    }

    @Test
    void paymentSuspensionDoesNotApplyToCivilianStaff() {
        clockAt(fixture, REFERRED);
        fixture.given(openedCase("INT"))
                .when(new TakeInterimMeasure(REF, "M1", InterimMeasureKind.PAYMENT_SUSPENSION, BigDecimal.TEN, "USD"))
                .expectException(RuleViolation.class);
    }

    @Test
    void paymentSuspensionNeedsAnAmount() {
        clockAt(fixture, REFERRED);
        fixture.given(openedCase("MC"))
                .when(new TakeInterimMeasure(REF, "M1", InterimMeasureKind.PAYMENT_SUSPENSION, null, "USD"))
                .expectException(RuleViolation.class);
    }

    @Test
    void liftingAPaymentSuspensionReleasesTheMoney() {
        clockAt(fixture, RESPONDED);
        fixture.given(withSuspension())
                .when(new LiftInterimMeasure(REF, "M1"))
                .expectEvents(
                        new InterimMeasureLifted(REF, "M1", InterimMeasureKind.PAYMENT_SUSPENSION, RESPONDED),
                        new SuspendedPaymentReleased(REF, "M1", "XAA", new BigDecimal("25000.00"), "USD", RESPONDED));
    }

    @Test
    void aMeasureIsLiftedOnce() {
        clockAt(fixture, RESPONDED);
        List<Object> history = new ArrayList<>(withSuspension());
        history.add(new InterimMeasureLifted(REF, "M1", InterimMeasureKind.PAYMENT_SUSPENSION, RESPONDED));
        fixture.given(history)
                .when(new LiftInterimMeasure(REF, "M1"))
                .expectException(RuleViolation.class);
    }

    @Test
    void anUnknownMeasureIsNotFound() {
        clockAt(fixture, RESPONDED);
        fixture.given(openedCase("MC"))
                .when(new LiftInterimMeasure(REF, "M9"))
                .expectException(NotFound.class);
    }

    @Test
    void aSubstantiatedFindingTransfersSuspendedPaymentsToTheTrustFund() {
        Instant decided = Instant.parse("2027-01-19T14:00:00Z");
        clockAt(fixture, decided);
        List<Object> history = new ArrayList<>(withSuspension());
        history.add(evidenceRecorded());
        fixture.given(history)
                .when(new RecordFinding(REF, Finding.SUBSTANTIATED, "summary", null))
                .expectEvents(
                        new FindingRecorded(REF, Finding.SUBSTANTIATED, "summary", null, InvestigatingEntity.TCC, REFERRED, REFERRED, decided, 60, true),
                        new ClockStopped(REF, ClockName.INVESTIGATION, decided, true),
                        new SuspendedPaymentTransferred(REF, "M1", "XAA", new BigDecimal("25000.00"), "USD", decided),
                        new ClockStarted(REF, ClockName.MEMBER_STATE_ACTION, decided,
                                ClockPolicy.defaults().dueAt(ClockName.MEMBER_STATE_ACTION, decided), "deadline"));
    }

    @Test
    void anyOtherFindingReleasesSuspendedPayments() {
        Instant decided = Instant.parse("2027-01-19T14:00:00Z");
        clockAt(fixture, decided);
        fixture.given(withSuspension())
                .when(new RecordFinding(REF, Finding.NOT_SUBSTANTIATED, "summary", "victim withdrew"))
                .expectEvents(
                        new FindingRecorded(REF, Finding.NOT_SUBSTANTIATED, "summary", "victim withdrew", InvestigatingEntity.TCC, REFERRED, REFERRED,
                                decided, 60, true),
                        new ClockStopped(REF, ClockName.INVESTIGATION, decided, true),
                        new SuspendedPaymentReleased(REF, "M1", "XAA", new BigDecimal("25000.00"), "USD", decided));
    }
}
