package org.misconduct.streaming;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** A published event as a consumer received it: the CloudEvent envelope's attributes and its decoded data. */
public record ReceivedEvent(String id, String type, String source, Instant time, PublishedEvent data) {
}
