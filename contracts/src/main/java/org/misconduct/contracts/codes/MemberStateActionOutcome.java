package org.misconduct.contracts.codes;

/** What a Member State reported it did about its personnel after a SUBSTANTIATED finding. */
public enum MemberStateActionOutcome {
    ACTION_TAKEN, NO_ACTION
}
