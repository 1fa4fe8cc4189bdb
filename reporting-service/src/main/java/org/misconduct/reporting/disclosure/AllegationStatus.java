package org.misconduct.reporting.disclosure;

/** Where an allegation stands, in the order it moves: a status never goes back to an earlier one. */
public enum AllegationStatus {
    RECEIVED,
    UNDER_ASSESSMENT,
    REFERRED,
    UNDER_INVESTIGATION;

    boolean isBefore(AllegationStatus other) {
        return compareTo(other) < 0;
    }
}
