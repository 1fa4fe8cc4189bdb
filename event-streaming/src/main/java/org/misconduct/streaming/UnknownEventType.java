package org.misconduct.streaming;

/**
 * A record of a type this build does not know: a consumer that acts on events cannot act on it, so it is set aside in
 * the dead-letter topic, where it waits for the version that knows the type.
 */
public class UnknownEventType extends PoisonEvent {

    public UnknownEventType(String topic, IncomingEvent event) {
        super("CloudEvent " + quoted(event.id()) + " on " + topic + " is of type " + quoted(event.type()) + ", which this version does not know",
                null);
    }
}
