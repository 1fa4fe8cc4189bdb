package org.misconduct.intake.allegation;

/**
 * What identifies the complainant, sealed under their own key: erasing them destroys that key, and with it their
 * name, their contact and the messages exchanged with them, while the allegation's history stays whole.
 *
 * @param subjectId the complainant's key, also for an anonymous complaint: their messages are sealed under it
 */
public record SealedComplainant(String subjectId, String name, String contact) {
}
