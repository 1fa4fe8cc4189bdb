package org.misconduct.reporting.disclosure;

/**
 * Where an allegation stands, in the order it moves: a status never goes back to an earlier one.
 * The last three end the process; should two of them ever be reported, the later in this order
 * wins, whatever the order of arrival.
 */
public enum AllegationStatus {
    RECEIVED,
    UNDER_ASSESSMENT,
    REFERRED,
    UNDER_INVESTIGATION,
    SUBSTANTIATED,
    NOT_SUBSTANTIATED,
    CLOSED;

    boolean isBefore(AllegationStatus other) {
        return compareTo(other) < 0;
    }

    public boolean isConcluded() {
        return !isBefore(SUBSTANTIATED);
    }
}
