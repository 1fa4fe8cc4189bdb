package org.misconduct.intake.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.contracts.codes.Channel;
import org.misconduct.intake.allegation.RegisterAllegation;
import org.misconduct.intake.allegation.SealedComplainant;
import org.misconduct.intake.allegation.SealedNarrative;
import org.misconduct.intake.followup.ComplaintFollowUp;
import org.misconduct.personaldata.PersonalDataVault;
import org.misconduct.web.ActingUser;
import org.misconduct.web.InvalidRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers a complaint as an allegation: checks it, seals its narrative for the case file and the
 * complainant's identity for them alone, issues the follow-up code. The allegation's first event and the idempotency record are stored in
 * one transaction: a complaint is either wholly registered or not at all. Its case reference is drawn before, from a
 * sequence, so registrations never wait for each other's.
 */
@Service
public class ComplaintIntake {

    private final IntakeProperties properties;
    private final CaseReferences caseReferences;
    private final FollowUpCodes followUpCodes;
    private final IdempotentSubmissions idempotentSubmissions;
    private final PersonalDataVault vault;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ComplaintIntake(IntakeProperties properties, CaseReferences caseReferences, FollowUpCodes followUpCodes,
                    IdempotentSubmissions idempotentSubmissions, PersonalDataVault vault, CommandGateway commands,
                    TransactionTemplate transaction, Clock clock) {
        this.properties = properties;
        this.caseReferences = caseReferences;
        this.followUpCodes = followUpCodes;
        this.idempotentSubmissions = idempotentSubmissions;
        this.vault = vault;
        this.commands = commands;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * @param idempotencyKey optional; a retry with the same key returns the first receipt instead of
     *                       registering the complaint twice
     */
    public ComplaintReceipt submit(ComplaintSubmission complaint, String idempotencyKey) {
        check(complaint);
        if (idempotencyKey != null) {
            IdempotentSubmissions.requireValidKey(idempotencyKey);
        }
        // Drawn outside the transaction, which then holds no lock another registration waits for but its own
        // idempotency key's. A retry answered with its first receipt leaves this number unused: a gap, never a reuse.
        CaseReferences.Issued issued = caseReferences.next();
        if (idempotencyKey == null) {
            return transaction.execute(status -> register(complaint, issued).receipt());
        }
        return transaction.execute(status -> idempotentSubmissions.once(idempotencyKey, complaint, () -> register(complaint, issued)));
    }

    private Registration register(ComplaintSubmission complaint, CaseReferences.Issued issued) {
        String caseReference = issued.caseReference();
        String followUpCode = followUpCodes.newCode();
        Instant receivedAt = issued.receivedAt();
        SealedComplainant complainant = sealComplainant(complaint);
        RegisterAllegation registration = new RegisterAllegation(
                caseReference, receivedAt, complaint.mission(),
                complaint.channel() == null ? Channel.WEB : complaint.channel(),
                complaint.language(), complaint.incidentDate(), complaint.personnelCategory(),
                complaint.allegedNationality(), complaint.victimCount(), complaint.minorInvolved(),
                complaint.anonymous(), complaint.complainant() == null ? null : complaint.complainant().isVictim(),
                sealNarrative(caseReference, complaint), complainant, followUpCodes.hash(followUpCode));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(registration)
                .andMetaData(Map.of(ActingUser.METADATA_KEY, ComplaintFollowUp.COMPLAINANT)));
        return new Registration(new ComplaintReceipt(caseReference, followUpCode, receivedAt), complainant.subjectId());
    }

    private void check(ComplaintSubmission complaint) {
        if (!properties.knowsMission(complaint.mission())) {
            throw new InvalidRequest("mission", "is not a mission this deployment serves: " + properties.missions());
        }
        if (complaint.incidentDate() != null && complaint.incidentDate().isAfter(LocalDate.now(clock))) {
            throw new InvalidRequest("incidentDate", "must not be in the future");
        }
    }

    /** What happened and where stays with the case file, whatever becomes of the complainant. */
    private SealedNarrative sealNarrative(String caseReference, ComplaintSubmission complaint) {
        String caseFile = SealedNarrative.caseFileSubject(caseReference);
        return new SealedNarrative(caseFile, vault.seal(caseFile, complaint.description()), vault.seal(caseFile, complaint.location()));
    }

    /** Who complained, under a key of their own that erasing them destroys. */
    private SealedComplainant sealComplainant(ComplaintSubmission complaint) {
        String subjectId = UUID.randomUUID().toString();
        ComplaintSubmission.Complainant complainant = complaint.complainant();
        return new SealedComplainant(subjectId,
                complainant == null ? null : vault.seal(subjectId, complainant.name()),
                complainant == null ? null : vault.seal(subjectId, complainant.contact()));
    }

    /** A registered complaint: its receipt and the key its personal data is sealed under. */
    record Registration(ComplaintReceipt receipt, String subjectId) {
    }
}
