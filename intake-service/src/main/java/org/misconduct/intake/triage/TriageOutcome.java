package org.misconduct.intake.triage;

import org.misconduct.intake.allegation.AllegationStatus;

/** The allegation's status right after a triage decision was recorded. */
record TriageOutcome(String caseReference, AllegationStatus status) {
}
