package org.misconduct.investigation.outcome;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.misconduct.contracts.codes.CriminalAuthority;
import org.misconduct.contracts.codes.CriminalReferralStatus;

/** {@code at} is when the outcome came about; {@code detail} arrives sealed for the case file. */
public record RecordCriminalReferralOutcome(@TargetAggregateIdentifier String caseReference, CriminalAuthority authority,
                                            CriminalReferralStatus status, Instant at, String detail) {
}
