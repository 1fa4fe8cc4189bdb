package org.misconduct.contracts.integrity;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a service's stored history departs from its event chain at the first point where it does: the
 * {@code firstBroken.reason} of {@code GET /api/v1/integrity}.
 */
public enum ChainBreakReason {
    /** The event's stored bytes are not those that were chained, or the chain itself was rewritten there. */
    CHANGED("changed"),
    /** An event that was chained is gone. */
    MISSING("missing"),
    /** An event stands where none was chained. */
    INSERTED("inserted"),
    /** The event is the one chained, but moved to another place in its aggregate's sequence. */
    REORDERED("reordered");

    private final String wireName;

    ChainBreakReason(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ChainBreakReason> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(reason -> reason.wireName.equals(wireName)).findFirst();
    }
}
