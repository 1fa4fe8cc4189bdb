package org.misconduct.victimassistance.victim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ErasePersonalData(@TargetAggregateIdentifier String victimId) {
}
