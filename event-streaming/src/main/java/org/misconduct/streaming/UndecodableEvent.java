package org.misconduct.streaming;

/** A record that is not a readable CloudEvent, or whose data does not fit its type. */
public class UndecodableEvent extends PoisonEvent {

    public UndecodableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
