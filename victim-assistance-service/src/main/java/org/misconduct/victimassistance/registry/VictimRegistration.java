package org.misconduct.victimassistance.registry;

import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.personaldata.PersonalDataVault;
import org.misconduct.victimassistance.knowncase.KnownCases;
import org.misconduct.victimassistance.victim.ChangeSharingConsent;
import org.misconduct.victimassistance.victim.ErasePersonalData;
import org.misconduct.victimassistance.victim.RegisterVictim;
import org.misconduct.victimassistance.victim.SealedPersonalData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Registers victims against known cases with their personal data sealed, records their consent, and shreds their data on request. */
@Service
class VictimRegistration {

    private final KnownCases knownCases;
    private final PersonalDataVault vault;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;

    VictimRegistration(KnownCases knownCases, PersonalDataVault vault, CommandGateway commands, TransactionTemplate transaction) {
        this.knownCases = knownCases;
        this.vault = vault;
        this.commands = commands;
        this.transaction = transaction;
    }

    VictimReceipt register(VictimRegistrationRequest request) {
        if (!knownCases.isKnown(request.caseReference())) {
            throw new UnknownCase(request.caseReference());
        }
        String victimId = UUID.randomUUID().toString();
        // The victim's new key and the event commit together: a failed registration leaves no key behind.
        transaction.executeWithoutResult(status -> commands.sendAndWait(new RegisterVictim(
                victimId, request.caseReference(), request.ageGroup(), request.sex(), request.toConsent(),
                seal(victimId, request.personalData()))));
        return new VictimReceipt(victimId);
    }

    void erasePersonalData(String victimId) {
        // One transaction, so the history never records an erasure while the key could still open the data.
        transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new ErasePersonalData(victimId));
            vault.erase(victimId);
        });
    }

    void changeSharingConsent(String victimId, boolean shareWithInvestigators) {
        commands.sendAndWait(new ChangeSharingConsent(victimId, shareWithInvestigators));
    }

    private SealedPersonalData seal(String victimId, VictimRegistrationRequest.PersonalData personalData) {
        if (personalData == null) {
            return new SealedPersonalData(null, null, null);
        }
        return new SealedPersonalData(
                vault.seal(victimId, blankToNull(personalData.name())),
                vault.seal(victimId, blankToNull(personalData.contact())),
                vault.seal(victimId, blankToNull(personalData.location())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
