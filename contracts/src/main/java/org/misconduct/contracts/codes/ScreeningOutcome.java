package org.misconduct.contracts.codes;

/** What a screening check found: no record of the person, or at least one. */
public enum ScreeningOutcome {
    NO_RECORD, RECORD_FOUND
}
