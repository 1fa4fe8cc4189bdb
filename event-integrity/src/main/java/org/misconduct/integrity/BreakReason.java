package org.misconduct.integrity;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the stored history departs from its chain at the first point where it does. */
public enum BreakReason {
    /** The event's stored bytes are not those that were chained, or the chain itself was rewritten there. */
    CHANGED,
    /** An event that was chained is gone. */
    MISSING,
    /** An event stands where none was chained. */
    INSERTED,
    /** The event is the one chained, but moved to another place in its aggregate's sequence. */
    REORDERED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
