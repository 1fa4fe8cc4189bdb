package org.misconduct.investigation.screening.check;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.misconduct.contracts.codes.ScreeningOutcome;
import org.misconduct.contracts.codes.ScreeningPurpose;

public record RecordScreeningCheck(@TargetAggregateIdentifier String checkId, String checkedBy, ScreeningPurpose purpose,
                                   ScreeningOutcome outcome, int recordsFound) {
}
