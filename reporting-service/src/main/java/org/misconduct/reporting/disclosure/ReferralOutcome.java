package org.misconduct.reporting.disclosure;

import java.time.Instant;
import java.util.Comparator;

/**
 * The latest outcome of one criminal referral: the one that came about last, then the one recorded last, then the
 * greater status, so the order of arrival does not matter.
 */
record ReferralOutcome(String status, Instant at, Instant recordedAt) {

    private static final Comparator<ReferralOutcome> LATEST = Comparator
            .comparing(ReferralOutcome::at, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ReferralOutcome::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ReferralOutcome::status, Comparator.nullsFirst(Comparator.naturalOrder()));

    static ReferralOutcome latest(ReferralOutcome one, ReferralOutcome other) {
        return LATEST.compare(one, other) >= 0 ? one : other;
    }
}
