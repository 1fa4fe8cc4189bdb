package org.misconduct.victimassistance.victim;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a paternity or child-support claim stands. A claim is filed, reviewed, and either
 * establishes paternity (and then may lead to a child-support order) or does not; any open claim
 * may be closed, and a closed claim stays closed.
 */
public enum PaternityClaimStatus {
    FILED,
    UNDER_REVIEW,
    PATERNITY_ESTABLISHED,
    PATERNITY_NOT_ESTABLISHED,
    CHILD_SUPPORT_ORDERED,
    CLOSED;

    /** The statuses a claim may move to from this one. */
    public Set<PaternityClaimStatus> next() {
        return switch (this) {
            case FILED -> EnumSet.of(UNDER_REVIEW, CLOSED);
            case UNDER_REVIEW -> EnumSet.of(PATERNITY_ESTABLISHED, PATERNITY_NOT_ESTABLISHED, CLOSED);
            case PATERNITY_ESTABLISHED -> EnumSet.of(CHILD_SUPPORT_ORDERED, CLOSED);
            case PATERNITY_NOT_ESTABLISHED, CHILD_SUPPORT_ORDERED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(PaternityClaimStatus.class);
        };
    }

    public boolean canMoveTo(PaternityClaimStatus status) {
        return next().contains(status);
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
