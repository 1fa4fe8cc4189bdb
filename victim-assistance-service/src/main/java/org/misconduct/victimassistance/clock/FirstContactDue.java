package org.misconduct.victimassistance.clock;

/** Payload of the first-contact clock's durable deadline. */
public record FirstContactDue(String victimId) {
}
