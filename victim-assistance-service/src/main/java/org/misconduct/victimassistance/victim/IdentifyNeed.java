package org.misconduct.victimassistance.victim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record IdentifyNeed(@TargetAggregateIdentifier String victimId, String needId, NeedKind kind) {
}
