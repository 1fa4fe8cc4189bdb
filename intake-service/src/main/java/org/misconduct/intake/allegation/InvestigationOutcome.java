package org.misconduct.intake.allegation;

/** The finding an investigation recorded, as the complainant's status shows it. */
public enum InvestigationOutcome {
    SUBSTANTIATED(AllegationStatus.SUBSTANTIATED),
    NOT_SUBSTANTIATED(AllegationStatus.NOT_SUBSTANTIATED),
    CLOSED(AllegationStatus.CLOSED);

    private final AllegationStatus status;

    InvestigationOutcome(AllegationStatus status) {
        this.status = status;
    }

    public AllegationStatus status() {
        return status;
    }
}
