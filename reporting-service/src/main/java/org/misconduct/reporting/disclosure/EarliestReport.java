package org.misconduct.reporting.disclosure;

import java.time.Instant;

/** Events of a case arrive in any order across topics: a time keeps its earliest report, and so does an outcome. */
final class EarliestReport {

    private EarliestReport() {
    }

    static Instant of(Instant current, Instant incoming) {
        if (current == null) {
            return incoming;
        }
        return incoming == null || current.isBefore(incoming) ? current : incoming;
    }

    /** Whether an outcome reported at {@code incoming} is the earliest report of it so far. */
    static boolean isFirst(Instant current, Instant incoming, Object currentValue) {
        return currentValue == null || (incoming != null && (current == null || incoming.isBefore(current)));
    }
}
