package org.misconduct.victimassistance.victim;

/** Whether the victim was a child at the time of the incident; counted in the public disclosure. */
public enum AgeGroup {
    ADULT, MINOR, UNKNOWN
}
