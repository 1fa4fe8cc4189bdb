package org.misconduct.victimassistance.victim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordDecline(@TargetAggregateIdentifier String victimId, String referralId) {
}
