package org.misconduct.intake.erasure;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.domain.NotFound;
import org.misconduct.intake.allegation.EraseComplainantPersonalData;
import org.misconduct.intake.followup.AllegationSubjects;
import org.misconduct.personaldata.PersonalDataVault;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Crypto-shredding of a complainant: their key is destroyed, and with it their name, contact and the messages with
 * them. The allegation's narrative is sealed under the case file's key and stays readable; the history stays whole.
 * The event and the key's destruction are one transaction.
 */
@Service
class ComplainantErasure {

    private final AllegationSubjects subjects;
    private final CommandGateway commands;
    private final PersonalDataVault vault;
    private final TransactionTemplate transaction;

    ComplainantErasure(AllegationSubjects subjects, CommandGateway commands, PersonalDataVault vault, TransactionTemplate transaction) {
        this.subjects = subjects;
        this.commands = commands;
        this.vault = vault;
        this.transaction = transaction;
    }

    void erase(String caseReference) {
        String complainant = subjects.complainantOf(caseReference).orElseThrow(() -> new NotFound("No allegation " + caseReference));
        transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new EraseComplainantPersonalData(caseReference));
            vault.erase(complainant);
        });
    }
}
