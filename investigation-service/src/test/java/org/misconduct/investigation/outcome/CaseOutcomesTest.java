package org.misconduct.investigation.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.misconduct.contracts.codes.ActionBy;
import org.misconduct.contracts.codes.ActionKind;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.CriminalAuthority;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.contracts.codes.InterimMeasureKind;
import org.misconduct.contracts.codes.InvestigatingEntity;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.investigation.clocks.ClockStopped;
import org.misconduct.investigation.measures.InterimMeasureLifted;
import org.misconduct.investigation.measures.InterimMeasureTaken;
import org.misconduct.investigation.measures.SuspendedPaymentReleased;
import org.misconduct.investigation.measures.SuspendedPaymentTransferred;

/** A case's decisions as investigators read them, folded from its events in order. */
class CaseOutcomesTest {

    private static final String REF = "ALG-2026-000042";
    private static final Instant T1 = Instant.parse("2026-11-21T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-22T09:00:00Z");
    private static final Instant T3 = Instant.parse("2026-11-23T09:00:00Z");
    private static final UnaryOperator<String> AS_STORED = UnaryOperator.identity();

    @Test
    void aCaseWithoutDecisionsHasEmptyListsAndNoFinding() {
        CaseOutcomes outcomes = CaseOutcomes.of(List.of(new ClockStopped(REF, ClockName.INVESTIGATION, T1, true)), AS_STORED);

        assertThat(outcomes.interimMeasures()).isEmpty();
        assertThat(outcomes.criminalReferrals()).isEmpty();
        assertThat(outcomes.finalActions()).isEmpty();
        assertThat(outcomes.findingRecord()).isNull();
    }

    @Test
    void interimMeasuresKeepTheirOrderAmountAndTheTimeTheyWereLifted() {
        CaseOutcomes outcomes = CaseOutcomes.of(List.of(
                new InterimMeasureTaken(REF, "M2", InterimMeasureKind.CONFINEMENT, null, null, PersonnelCategory.MC, "XAA", T1),
                new InterimMeasureTaken(REF, "M1", InterimMeasureKind.PAYMENT_SUSPENSION, new BigDecimal("2500.00"), "USD", PersonnelCategory.MC, "XAA", T1),
                new InterimMeasureLifted(REF, "M2", InterimMeasureKind.CONFINEMENT, T2)), AS_STORED);

        assertThat(outcomes.interimMeasures()).containsExactly(
                new CaseOutcomes.InterimMeasureView("M2", "CONFINEMENT", null, null, T1, T2, null, null),
                new CaseOutcomes.InterimMeasureView("M1", "PAYMENT_SUSPENSION", new BigDecimal("2500.00"), "USD", T1, null, null, null));
    }

    @Test
    void aSuspendedPaymentShowsWhereTheMoneyWent() {
        CaseOutcomes transferred = CaseOutcomes.of(List.of(
                new InterimMeasureTaken(REF, "M1", InterimMeasureKind.PAYMENT_SUSPENSION, BigDecimal.TEN, "USD", PersonnelCategory.MC, "XAA", T1),
                new SuspendedPaymentTransferred(REF, "M1", "XAA", BigDecimal.TEN, "USD", T3)), AS_STORED);
        CaseOutcomes lifted = CaseOutcomes.of(List.of(
                new InterimMeasureTaken(REF, "M1", InterimMeasureKind.PAYMENT_SUSPENSION, BigDecimal.TEN, "USD", PersonnelCategory.MC, "XAA", T1),
                new InterimMeasureLifted(REF, "M1", InterimMeasureKind.PAYMENT_SUSPENSION, T2),
                new SuspendedPaymentReleased(REF, "M1", "XAA", BigDecimal.TEN, "USD", T2)), AS_STORED);

        assertThat(transferred.interimMeasures()).singleElement().satisfies(measure -> {
            assertThat(measure.liftedAt()).isNull();
            assertThat(measure.settlement()).isEqualTo("TRANSFERRED_TO_TRUST_FUND");
            assertThat(measure.settledAt()).isEqualTo(T3);
        });
        assertThat(lifted.interimMeasures()).singleElement().satisfies(measure -> {
            assertThat(measure.liftedAt()).isEqualTo(T2);
            assertThat(measure.settlement()).isEqualTo("RELEASED");
        });
    }

    @Test
    void theFindingReferralsAndFinalActionsAreShownWithTheirCodesAndTimesAndTheirNarrativeOpened() {
        CaseOutcomes outcomes = CaseOutcomes.of(List.of(
                new FindingRecorded(REF, Finding.SUBSTANTIATED, "sealed summary", null, InvestigatingEntity.OIOS, T1, T1, T2, 1, true),
                new CriminalReferralMade(REF, CriminalAuthority.SENDING_STATE, T2),
                new DisciplinaryActionTaken(REF, "A1", ActionKind.REPATRIATION, ActionBy.MEMBER_STATE, "sealed detail", PersonnelCategory.MC, "XAA", T3),
                new CriminalReferralMade(REF, CriminalAuthority.HOST_STATE, T3)), stored -> stored.replace("sealed", "the"));

        assertThat(outcomes.findingRecord()).isEqualTo(new CaseOutcomes.FindingView("SUBSTANTIATED", T2, "the summary"));
        assertThat(outcomes.criminalReferrals()).containsExactly(
                new CaseOutcomes.CriminalReferralView("SENDING_STATE", T2), new CaseOutcomes.CriminalReferralView("HOST_STATE", T3));
        assertThat(outcomes.finalActions()).containsExactly(
                new CaseOutcomes.FinalActionView("A1", "REPATRIATION", "MEMBER_STATE", T3, "the detail"));
    }
}
