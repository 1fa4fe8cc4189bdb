package org.misconduct.investigation.evidence;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code sha256} is the hash the receiving custodian verified, or empty when not re-verified. */
public record TransferCustody(@TargetAggregateIdentifier String caseReference, String evidenceId, String from, String to, Instant at, String purpose, String sha256) {
}
