package org.misconduct.investigation.outcome;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.misconduct.contracts.codes.MemberStateActionOutcome;

/** {@code detail} arrives sealed for the case file. */
public record ReportMemberStateAction(@TargetAggregateIdentifier String caseReference, MemberStateActionOutcome outcome,
                                      String detail) {
}
