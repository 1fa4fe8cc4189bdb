package org.misconduct.victimassistance.victim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordDelivery(@TargetAggregateIdentifier String victimId, String referralId) {
}
