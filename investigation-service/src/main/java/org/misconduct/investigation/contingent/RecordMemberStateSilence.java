package org.misconduct.investigation.contingent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordMemberStateSilence(@TargetAggregateIdentifier String contingentId, ContingentUnit contingent,
                                       String caseReference) {
}
