package org.misconduct.victimassistance.victim;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AssistanceReferred(String victimId, String referralId, String needId, NeedKind kind, String provider, Instant referredAt) {
}
