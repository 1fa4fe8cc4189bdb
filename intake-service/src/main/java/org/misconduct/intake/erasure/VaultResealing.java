package org.misconduct.intake.erasure;

import org.misconduct.intake.allegation.CaseFileSealing;
import org.misconduct.personaldata.PersonalDataVault;
import org.springframework.stereotype.Component;

/** Opens a text under one key of the vault and seals it under another, inside the erasing transaction. */
@Component
class VaultResealing implements CaseFileSealing {

    private final PersonalDataVault vault;

    VaultResealing(PersonalDataVault vault) {
        this.vault = vault;
    }

    @Override
    public String reseal(String sealed, String fromSubject, String toSubject) {
        if (sealed == null) {
            return null;
        }
        String text = vault.open(fromSubject, sealed)
                .orElseThrow(() -> new IllegalStateException("A text to move to the case file can no longer be opened"));
        return vault.seal(toSubject, text);
    }
}
