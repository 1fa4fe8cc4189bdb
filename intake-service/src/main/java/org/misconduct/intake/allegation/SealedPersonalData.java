package org.misconduct.intake.allegation;

/**
 * What a complaint says about people, each value sealed under the complainant's own key by the
 * personal-data vault. Erasing the complainant makes all of it unreadable; the allegation's
 * history stays whole.
 *
 * @param subjectId the complainant's key, also for anonymous complaints (the narrative may still identify someone)
 */
public record SealedPersonalData(
        String subjectId,
        String description,
        String location,
        String complainantName,
        String complainantContact) {
}
