package org.misconduct.investigation.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.codes.InterimMeasureKind;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.testinfra.MigratedDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** Suspended payments summed per Member State and currency, by calling the projection's handlers on a real database. */
class PaymentSuspensionProjectionTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    private static JdbcTemplate jdbc;
    private PaymentSuspensionProjection projection;
    private PaymentSuspensions suspensions;

    @BeforeAll
    static void database() {
        jdbc = MigratedDatabase.of("investigation_payments_test", "classpath:db/axon", "classpath:db/streaming", "classpath:db/investigation");
    }

    @BeforeEach
    void empty() {
        projection = new PaymentSuspensionProjection(jdbc);
        suspensions = new PaymentSuspensions(jdbc);
        projection.reset();
    }

    @Test
    void suspensionsAreSummedPerMemberStateAndCurrencyByOutcome() {
        suspend("ALG-2026-000001", "M1", "XAA", "1000.00", "USD");
        suspend("ALG-2026-000002", "M2", "XAA", "500.25", "USD");
        suspend("ALG-2026-000003", "M3", "XAA", "300", "EUR");
        suspend("ALG-2026-000004", "M4", "XAB", "700", "USD");
        projection.on(new SuspendedPaymentTransferred("ALG-2026-000001", "M1", "XAA", new BigDecimal("1000.00"), "USD", T0));
        projection.on(new SuspendedPaymentReleased("ALG-2026-000003", "M3", "XAA", new BigDecimal("300"), "EUR", T0));

        assertThat(suspensions.perMemberState(Optional.of("XAA"))).containsExactly(
                new PaymentSuspensions.Sum("XAA", "EUR", 1, new BigDecimal("300"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("300")),
                new PaymentSuspensions.Sum("XAA", "USD", 2, new BigDecimal("1500.25"), new BigDecimal("500.25"), new BigDecimal("1000"),
                        BigDecimal.ZERO));
        assertThat(suspensions.perMemberState(Optional.empty())).hasSize(3);
    }

    @Test
    void otherMeasuresAndRedeliveriesAddNothing() {
        suspend("ALG-2026-000001", "M1", "XAA", "1000", "USD");
        suspend("ALG-2026-000001", "M1", "XAA", "1000", "USD");
        projection.on(new InterimMeasureTaken("ALG-2026-000001", "M2", InterimMeasureKind.CONFINEMENT, null, null, PersonnelCategory.MC, "XAA", T0));

        assertThat(suspensions.perMemberState(Optional.of("XAA"))).singleElement()
                .satisfies(sum -> assertThat(sum.suspended()).isEqualByComparingTo("1000"))
                .satisfies(sum -> assertThat(sum.suspensions()).isEqualTo(1));
    }

    private void suspend(String caseReference, String measureId, String nationality, String amount, String currency) {
        projection.on(new InterimMeasureTaken(caseReference, measureId, InterimMeasureKind.PAYMENT_SUSPENSION, new BigDecimal(amount),
                currency, PersonnelCategory.MC, nationality, T0));
    }
}
