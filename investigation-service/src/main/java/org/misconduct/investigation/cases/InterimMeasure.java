package org.misconduct.investigation.cases;

import java.math.BigDecimal;

/** An interim measure's state inside the case aggregate; a payment suspension ends once its money is transferred or released. */
record InterimMeasure(InterimMeasureKind kind, BigDecimal amount, String currency, boolean active) {

    boolean isPaymentSuspension() {
        return kind == InterimMeasureKind.PAYMENT_SUSPENSION;
    }

    InterimMeasure ended() {
        return new InterimMeasure(kind, amount, currency, false);
    }
}
