package org.misconduct.intake.allegation;

/** Where an allegation stands, as staff and the complainant see it. */
public enum AllegationStatus {
    RECEIVED, UNDER_ASSESSMENT, REFERRED, UNDER_INVESTIGATION, SUBSTANTIATED, NOT_SUBSTANTIATED, CLOSED
}
