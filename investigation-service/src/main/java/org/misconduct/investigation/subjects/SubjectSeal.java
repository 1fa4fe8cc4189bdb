package org.misconduct.investigation.subjects;

import java.time.LocalDate;
import java.util.Optional;

import org.misconduct.investigation.identifiers.PersonIdentifiers;
import org.misconduct.personaldata.PersonalDataVault;
import org.springframework.stereotype.Component;

/**
 * Seals what identifies a subject under a key of the subject's own ({@value #VAULT_SUBJECT_PREFIX}{@code <subjectId>}
 * in the personal-data vault), apart from the case file's key, so one person's identity can be erased while the case
 * and the other subjects stay readable.
 */
@Component
public class SubjectSeal {

    static final String VAULT_SUBJECT_PREFIX = "case-subject:";

    private final PersonalDataVault vault;

    public SubjectSeal(PersonalDataVault vault) {
        this.vault = vault;
    }

    public SealedIdentifiers seal(String subjectId, PersonIdentifiers identifiers) {
        String owner = vaultSubjectOf(subjectId);
        return new SealedIdentifiers(vault.seal(owner, blankToNull(identifiers.fullName())),
                identifiers.dateOfBirth() == null ? null : vault.seal(owner, identifiers.dateOfBirth().toString()),
                vault.seal(owner, blankToNull(identifiers.nationalId())),
                vault.seal(owner, blankToNull(identifiers.serviceNumber())),
                vault.seal(owner, blankToNull(identifiers.unIndexNumber())));
    }

    /** The subject's identifiers in clear; empty once their identity is erased. */
    public Optional<PersonIdentifiers> open(String subjectId, SealedIdentifiers sealed) {
        if (vault.isErased(vaultSubjectOf(subjectId))) {
            return Optional.empty();
        }
        String dateOfBirth = open(subjectId, sealed.dateOfBirth()).orElse(null);
        return Optional.of(new PersonIdentifiers(open(subjectId, sealed.fullName()).orElse(null),
                dateOfBirth == null ? null : LocalDate.parse(dateOfBirth), open(subjectId, sealed.nationalId()).orElse(null),
                open(subjectId, sealed.serviceNumber()).orElse(null), open(subjectId, sealed.unIndexNumber()).orElse(null)));
    }

    private Optional<String> open(String subjectId, String sealed) {
        return vault.open(vaultSubjectOf(subjectId), sealed);
    }

    public void erase(String subjectId) {
        vault.erase(vaultSubjectOf(subjectId));
    }

    static String vaultSubjectOf(String subjectId) {
        return VAULT_SUBJECT_PREFIX + subjectId;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
