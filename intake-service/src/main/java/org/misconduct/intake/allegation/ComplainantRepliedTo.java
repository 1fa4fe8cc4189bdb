package org.misconduct.intake.allegation;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ComplainantRepliedTo(String caseReference, String sealedText, Instant sentAt) {
}
