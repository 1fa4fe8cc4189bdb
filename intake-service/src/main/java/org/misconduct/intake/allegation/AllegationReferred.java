package org.misconduct.intake.allegation;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.InvestigatingEntity;

/** Carries the allegation's facts as they stood at referral, so the investigation can open from it alone. */
@Revision("1")
public record AllegationReferred(
        String caseReference,
        InvestigatingEntity investigatingEntity,
        Instant referredAt,
        String mission,
        Instant receivedAt,
        Assessment assessment) {
}
