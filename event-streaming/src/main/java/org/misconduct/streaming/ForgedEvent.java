package org.misconduct.streaming;

/**
 * A record whose type or source does not belong to the topic it arrived on: only the service that owns a topic
 * publishes there, under its own source, the types it publishes ({@link org.misconduct.contracts.Publisher}).
 */
public class ForgedEvent extends PoisonEvent {

    public ForgedEvent(String topic, IncomingEvent event) {
        super("CloudEvent " + event.id() + " of type " + event.type() + " from source " + event.source()
                + " does not belong on " + topic, null);
    }
}
