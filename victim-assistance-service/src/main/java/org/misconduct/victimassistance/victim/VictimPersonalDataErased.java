package org.misconduct.victimassistance.victim;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The victim's key was destroyed: every sealed value of this victim, in every event, is unreadable from now on. */
@Revision("1")
public record VictimPersonalDataErased(String victimId, Instant erasedAt) {
}
