package org.misconduct.investigation.memberstate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordMemberStateResponse(@TargetAggregateIdentifier String caseReference, boolean willInvestigate, boolean nioAppointed) {
}
