package org.misconduct.investigation.screening.check;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.ScreeningOutcome;
import org.misconduct.contracts.codes.ScreeningPurpose;

/** A person was screened: who asked, when, why and what they learnt; never whom they asked about. */
@Revision("1")
public record ScreeningChecked(String checkId, String checkedBy, ScreeningPurpose purpose, ScreeningOutcome outcome,
                               int recordsFound, Instant checkedAt) {
}
