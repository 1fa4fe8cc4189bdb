package org.misconduct.investigation.subjects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EraseSubjectIdentity(@TargetAggregateIdentifier String caseReference, String subjectId) {
}
