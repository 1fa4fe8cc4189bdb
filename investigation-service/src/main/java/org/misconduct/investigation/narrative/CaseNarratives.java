package org.misconduct.investigation.narrative;

import org.misconduct.personaldata.PersonalDataVault;
import org.springframework.stereotype.Component;

/**
 * Free text investigators type into a case (evidence descriptions, custody purposes, finding summaries and
 * reasons, action details, extension reasons) may name people, so it is sealed under the key of the case
 * file before it enters a command, and opened only to be shown to the investigators who may see the case.
 * Each case file is one subject of the personal-data vault: {@value #SUBJECT_PREFIX}{@code <caseReference>}.
 */
@Component
public class CaseNarratives {

    static final String SUBJECT_PREFIX = "case-file:";

    private final PersonalDataVault vault;

    CaseNarratives(PersonalDataVault vault) {
        this.vault = vault;
    }

    public static String subjectOf(String caseReference) {
        return SUBJECT_PREFIX + caseReference;
    }

    /** The text sealed for the case file; nothing typed ({@code null} or blank) stays {@code null}. */
    public String seal(String caseReference, String text) {
        return text == null || text.isBlank() ? null : vault.seal(subjectOf(caseReference), text);
    }

    /**
     * The plain text of a narrative as the case's events hold it; {@code null} when there is none or the case
     * file's key is gone. Events stored before narratives were sealed hold their text as typed.
     */
    public String open(String caseReference, String stored) {
        if (!vault.isSealed(stored)) {
            return stored;
        }
        return vault.open(subjectOf(caseReference), stored).orElse(null);
    }
}
