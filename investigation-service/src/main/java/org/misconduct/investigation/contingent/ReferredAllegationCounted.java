package org.misconduct.investigation.contingent;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A referred SEA allegation against the contingent, counted towards its pattern. */
@Revision("1")
public record ReferredAllegationCounted(String contingentId, String mission, String nationality, String unit,
                                        String caseReference, Instant receivedAt) {
}
