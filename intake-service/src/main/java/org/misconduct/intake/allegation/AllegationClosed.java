package org.misconduct.intake.allegation;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.ClosureReason;

@Revision("1")
public record AllegationClosed(String caseReference, ClosureReason reason, String sealedNote, Instant closedAt) {
}
