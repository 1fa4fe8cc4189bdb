package org.misconduct.streaming;

/**
 * A record whose type or source does not belong to the topic it arrived on: only the service that owns a topic
 * publishes there, under its own source, the types it publishes ({@link org.misconduct.contracts.Publisher}).
 */
public class ForgedEvent extends PoisonEvent {

    public ForgedEvent(String topic, IncomingEvent event) {
        super("CloudEvent " + quoted(event.id()) + " of type " + quoted(event.type()) + " from source " + quoted(event.source())
                + " does not belong on " + topic, null);
    }
}
