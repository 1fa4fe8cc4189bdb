package org.misconduct.contracts.codes;

/** How fast the investigation must conclude: URGENT cases run the shorter investigation clock. */
public enum Priority {
    URGENT, NORMAL
}
