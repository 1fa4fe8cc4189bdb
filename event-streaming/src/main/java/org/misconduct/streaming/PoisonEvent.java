package org.misconduct.streaming;

/**
 * A record no retry can make handleable: it goes to the consumer's dead-letter topic at once, with this as the cause
 * in its headers, and the partition moves on.
 */
public abstract class PoisonEvent extends RuntimeException {

    protected PoisonEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
