package org.misconduct.streaming;

/**
 * A record no retry can make handleable: it goes to the consumer's dead-letter topic at once, with this as the cause
 * in its headers, and the partition moves on.
 */
public abstract class PoisonEvent extends RuntimeException {

    private static final int LONGEST_QUOTE = 100;

    protected PoisonEvent(String message, Throwable cause) {
        super(message, cause);
    }

    /** A value the record's sender chose, shortened for messages, logs and headers. */
    protected static String quoted(String value) {
        return value == null || value.length() <= LONGEST_QUOTE ? value : value.substring(0, LONGEST_QUOTE) + "…";
    }
}
