package org.misconduct.victimassistance.victim;

/**
 * Who the victim is and how to reach them, each value sealed by the personal-data vault under the
 * victim's id as subject. Erasing the victim makes all of it unreadable; the history stays whole.
 */
public record SealedPersonalData(String name, String contact, String location) {
}
