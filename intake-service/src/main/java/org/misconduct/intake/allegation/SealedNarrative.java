package org.misconduct.intake.allegation;

/**
 * What the complaint says happened and where, sealed under the key of the case file, so that it stays with the
 * allegation when the complainant is erased. Allegations registered before revision 2 of
 * {@link AllegationRegistered} sealed it under the complainant's key, which {@code subjectId} then names; erasing
 * such a complainant first moves it to the case file.
 *
 * @param subjectId the vault subject it is sealed under: {@code case-file:<caseReference>}
 * @param location  the place of the incident (town, village, camp), not the complainant's whereabouts
 */
public record SealedNarrative(String subjectId, String description, String location) {

    private static final String CASE_FILE = "case-file:";

    public static String caseFileSubject(String caseReference) {
        return CASE_FILE + caseReference;
    }

    boolean isWithCaseFile(String caseReference) {
        return caseFileSubject(caseReference).equals(subjectId);
    }
}
