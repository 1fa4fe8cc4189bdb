package org.misconduct.intake.allegation;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * The narrative and closure note of an allegation registered before they had a key of their own, sealed again
 * under the case file's key just before its complainant's key is destroyed, so they outlive the erasure.
 *
 * @param sealedClosureNote the closure note under the case file's key, or {@code null} when there is none
 */
@Revision("1")
public record AllegationNarrativeMovedToCaseFile(String caseReference, SealedNarrative narrative, String sealedClosureNote,
                                                 Instant movedAt) {
}
