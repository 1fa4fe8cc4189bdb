package org.misconduct.victimassistance.victim;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The victim consented to investigators learning that a consenting victim of the case exists. */
@Revision("1")
public record SharingConsentGiven(String victimId, String caseReference, Instant givenAt) {
}
