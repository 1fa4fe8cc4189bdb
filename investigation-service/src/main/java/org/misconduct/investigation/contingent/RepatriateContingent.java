package org.misconduct.investigation.contingent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RepatriateContingent(@TargetAggregateIdentifier String contingentId) {
}
