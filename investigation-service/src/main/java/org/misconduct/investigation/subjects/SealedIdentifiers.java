package org.misconduct.investigation.subjects;

/**
 * A subject's identifiers, each sealed by the personal-data vault under the subject's own key (see
 * {@link SubjectSeal}); {@code null} where nothing was given. Erasing the subject's identity destroys the key.
 */
public record SealedIdentifiers(String fullName, String dateOfBirth, String nationalId, String serviceNumber,
                                String unIndexNumber) {
}
