package org.misconduct.investigation.measures;

import java.math.BigDecimal;

import org.misconduct.contracts.codes.InterimMeasureKind;

/** An interim measure's state inside the case aggregate; a payment suspension ends once its money is transferred or released. */
record InterimMeasure(InterimMeasureKind kind, BigDecimal amount, String currency, boolean active) {

    boolean isPaymentSuspension() {
        return kind == InterimMeasureKind.PAYMENT_SUSPENSION;
    }

    InterimMeasure ended() {
        return new InterimMeasure(kind, amount, currency, false);
    }
}
