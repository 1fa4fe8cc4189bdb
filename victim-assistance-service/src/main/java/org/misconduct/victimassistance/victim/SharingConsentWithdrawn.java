package org.misconduct.victimassistance.victim;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SharingConsentWithdrawn(String victimId, String caseReference, Instant withdrawnAt) {
}
