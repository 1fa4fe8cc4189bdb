package org.misconduct.streaming;

/** A record that is not a readable CloudEvent: retrying cannot help, so it goes to the dead-letter topic. */
public class UndecodableEvent extends RuntimeException {

    public UndecodableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
