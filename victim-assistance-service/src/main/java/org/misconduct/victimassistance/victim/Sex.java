package org.misconduct.victimassistance.victim;

public enum Sex {
    FEMALE, MALE, UNKNOWN
}
