package org.misconduct.contracts.codes;

/** Why intake closed an allegation without referring it. */
public enum ClosureReason {
    NOT_UN_PERSONNEL, INSUFFICIENT_INFORMATION, DUPLICATE, OUT_OF_SCOPE
}
