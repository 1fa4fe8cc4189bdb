package org.misconduct.contracts.codes;

/** A final (disciplinary) action after a substantiated finding. */
public enum ActionKind {
    REPATRIATION, DISMISSAL, SEPARATION, IMPRISONMENT, DEMOTION, FINE, BARRED_FROM_FUTURE_SERVICE, OTHER
}
