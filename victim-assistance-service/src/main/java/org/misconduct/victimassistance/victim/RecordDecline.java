package org.misconduct.victimassistance.victim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param reason null when the officer gave none */
public record RecordDecline(@TargetAggregateIdentifier String victimId, String referralId, DeclineReason reason) {
}
