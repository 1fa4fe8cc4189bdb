package org.misconduct.victimassistance.victim;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A need of the victim is open from {@code identifiedAt} until assistance for it is delivered. */
@Revision("1")
public record NeedIdentified(String victimId, String needId, NeedKind kind, Instant identifiedAt) {
}
