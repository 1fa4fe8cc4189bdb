package org.misconduct.intake.allegation;

/** How fast the investigation must conclude. */
public enum Priority {
    URGENT, NORMAL
}
