package org.misconduct.reporting.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.misconduct.reporting.council.CouncilFacts.CaseOutcome;

class CouncilReportCalculationTest {

    @Test
    void aClockBreachedCountsAsMissedEvenWhenTheWorkWasLaterReportedWithinAnExtendedClock() {
        CouncilReportCalculation calculation = calculate(List.of(
                outcome("ALG-2025-000001", "SA", Set.of(), true),
                outcome("ALG-2025-000002", "SE", Set.of("evidence-preservation"), true),
                outcome("ALG-2025-000003", "SE", Set.of("evidence-preservation"), null),
                outcome("ALG-2025-000004", "SE", Set.of(), false),
                outcome("ALG-2025-000005", "SE", Set.of(), null),
                outcome("ALG-2025-000006", "OTHER_MISCONDUCT", Set.of(), true),
                outcome("ALG-2025-000007", null, Set.of(), true)));

        Figure evidence = calculation.report().evidencePreservedWithinClock();
        assertThat(evidence.count()).isEqualTo(1);
        assertThat(evidence.outOf()).isEqualTo(4);
        assertThat(evidence.share()).isEqualByComparingTo("0.25");
        assertThat(calculation.casesOf("evidence-preserved-within-clock").caseReferences()).containsExactly("ALG-2025-000001");
        assertThat(calculation.casesOf("evidence-preserved-within-clock").outOfCaseReferences())
                .containsExactly("ALG-2025-000001", "ALG-2025-000002", "ALG-2025-000003", "ALG-2025-000004");
        assertThat(calculation.report().openBreachedCases().count()).isEqualTo(2);
        assertThat(calculation.casesOf("no-such-figure")).isNull();
    }

    @Test
    void everyChannelIsListedAndAnAllegationWhoseRegistrationNamedNoneCountsAsUnknown() {
        CouncilReportCalculation calculation = calculate(
                List.of(outcome("ALG-2025-000001", "SA", Set.of(), null), outcome("ALG-2025-000002", "SE", Set.of(), null),
                        outcome("ALG-2025-000003", "SE", Set.of(), null), outcome("ALG-2025-000004", "SE", Set.of(), null)),
                List.of(new CouncilFacts.CaseChannel("ALG-2025-000001", "HOTLINE"), new CouncilFacts.CaseChannel("ALG-2025-000002", "WEB"),
                        new CouncilFacts.CaseChannel("ALG-2025-000003", "HOTLINE"), new CouncilFacts.CaseChannel("ALG-2024-000009", "SMS")));

        assertThat(calculation.report().allegationsByChannel()).extracting(Figure::kind, Figure::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("WEB", 1L), org.assertj.core.groups.Tuple.tuple("HOTLINE", 2L),
                org.assertj.core.groups.Tuple.tuple("COMMUNITY_FOCAL_POINT", 0L), org.assertj.core.groups.Tuple.tuple("WALK_IN", 0L),
                org.assertj.core.groups.Tuple.tuple("EMAIL", 0L), org.assertj.core.groups.Tuple.tuple("SMS", 0L),
                org.assertj.core.groups.Tuple.tuple("REFERRAL", 0L), org.assertj.core.groups.Tuple.tuple("UNKNOWN", 1L));
        assertThat(calculation.casesOf("allegations.channel.HOTLINE").caseReferences()).containsExactly("ALG-2025-000001", "ALG-2025-000003");
        assertThat(calculation.casesOf("allegations.channel.UNKNOWN").caseReferences()).containsExactly("ALG-2025-000004");
        assertThat(calculation.casesOf("allegations.channel.SMS").caseReferences()).isEmpty();
    }

    @Test
    void theMedianAveragesTheTwoMiddleValuesAndThePercentileTakesTheNearestRank() {
        assertThat(CouncilReportCalculation.median(List.of(10L, 20L, 30L))).isEqualByComparingTo("20");
        assertThat(CouncilReportCalculation.median(List.of(10L, 20L, 31L, 40L))).isEqualByComparingTo("25.5");
        assertThat(CouncilReportCalculation.median(List.of())).isNull();
        List<Long> hundred = java.util.stream.LongStream.rangeClosed(1, 100).boxed().toList();
        assertThat(CouncilReportCalculation.nearestRank(hundred, 90)).isEqualByComparingTo("90");
        assertThat(CouncilReportCalculation.nearestRank(List.of(5L, 7L), 90)).isEqualByComparingTo("7");
        assertThat(CouncilReportCalculation.nearestRank(List.of(5L), 90)).isEqualByComparingTo("5");
    }

    @Test
    void paymentsAddUpPerCurrencyAndActionsCountPerKindAndActor() {
        CouncilReportCalculation calculation = CouncilReportCalculation.of(new CouncilFacts(2025, List.of(),
                List.of(new CouncilFacts.Measure("A", "PAYMENT_SUSPENSION", new BigDecimal("100.50"), "USD"),
                        new CouncilFacts.Measure("B", "PAYMENT_SUSPENSION", new BigDecimal("20.25"), "USD"),
                        new CouncilFacts.Measure("C", "PAYMENT_SUSPENSION", new BigDecimal("7"), "EUR"),
                        new CouncilFacts.Measure("C", "CONFINEMENT", null, null)),
                List.of(new CouncilFacts.Transfer("A", new BigDecimal("100.50"), "USD")),
                List.of(new CouncilFacts.Action("A", "REPATRIATION", "MEMBER_STATE"),
                        new CouncilFacts.Action("B", "REPATRIATION", "MEMBER_STATE"),
                        new CouncilFacts.Action("B", "DISMISSAL", "UN")),
                List.of(new CouncilFacts.ContingentDecision("CONT-1", List.of("A", "D")))));
        CouncilReport report = calculation.report();

        assertThat(report.interimMeasures().count()).isEqualTo(4);
        assertThat(report.paymentsSuspended()).extracting(Figure::currency, Figure::amount, Figure::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EUR", new BigDecimal("7"), 1L),
                        org.assertj.core.groups.Tuple.tuple("USD", new BigDecimal("120.75"), 2L));
        assertThat(report.paymentsTransferredToTrustFund()).extracting(Figure::id).containsExactly("payments-transferred.USD");
        assertThat(report.finalActions()).extracting(Figure::id, Figure::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("final-actions.DISMISSAL.UN", 1L),
                org.assertj.core.groups.Tuple.tuple("final-actions.REPATRIATION.MEMBER_STATE", 2L));
        assertThat(report.individualRepatriations().count()).isEqualTo(2);
        assertThat(report.contingentRepatriations().count()).isEqualTo(1);
        assertThat(calculation.casesOf("repatriations.contingents").caseReferences()).containsExactly("A", "D");
        assertThat(report.medianDaysTaken().value()).isNull();
        assertThat(report.evidencePreservedWithinClock().share()).isNull();
    }

    private static CouncilReportCalculation calculate(List<CaseOutcome> outcomes) {
        return calculate(outcomes, List.of());
    }

    private static CouncilReportCalculation calculate(List<CaseOutcome> outcomes, List<CouncilFacts.CaseChannel> channels) {
        return CouncilReportCalculation.of(new CouncilFacts(2025, outcomes, List.of(), List.of(), List.of(), List.of(), List.of(),
                channels));
    }

    private static CaseOutcome outcome(String ref, String type, Set<String> breached, Boolean evidenceWithinClock) {
        return new CaseOutcome(ref, type, "UNDER_INVESTIGATION", breached, evidenceWithinClock, null, null, false, null, null);
    }
}
