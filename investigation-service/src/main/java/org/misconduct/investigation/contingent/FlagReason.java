package org.misconduct.investigation.contingent;

/** Why a contingent was flagged. */
public enum FlagReason {
    /** It reached the configured number of referred SEA allegations within the configured window. */
    REFERRED_SEA_ALLEGATIONS,
    /** Its Member State let the member-state-intent clock breach on one of its cases. */
    MEMBER_STATE_INTENT_BREACHED
}
