package org.misconduct.intake.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
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
     * A complaint a member of the public submits: its channel is always {@link Channel#WEB}, and one naming another
     * is refused rather than registered under a channel it did not come by.
     *
     * @param idempotencyKey optional; a retry with the same key returns the first receipt instead of
     *                       registering the complaint twice
     */
    public ComplaintReceipt submit(ComplaintSubmission complaint, String idempotencyKey) {
        if (complaint.channel() != null && complaint.channel().isAssisted()) {
            throw new InvalidRequest("channel", "a complaint submitted by the public is received by " + Channel.WEB
                    + "; staff register complaints received by " + complaint.channel() + " at /api/v1/allegations");
        }
        return receive(complaint, new Reception(Channel.WEB, ComplaintFollowUp.COMPLAINANT), idempotencyKey,
                idempotencyKey);
    }

    /**
     * A complaint a staff member took by hotline, in person, from a focal point or a referral, registered on the
     * complainant's behalf: the complainant gets the same follow-up code, and the history names who took it.
     *
     * @param takenBy        the staff member registering it, recorded as the acting user of the registration
     * @param idempotencyKey optional; a retry by the same staff member with the same key returns the first receipt
     */
    public ComplaintReceipt registerReceived(ComplaintSubmission complaint, String takenBy, String idempotencyKey) {
        if (complaint.channel() == null || !complaint.channel().isAssisted()) {
            throw new InvalidRequest("channel", "must name how the complaint was received: one of "
                    + Arrays.stream(Channel.values()).filter(Channel::isAssisted).toList());
        }
        return receive(complaint, new Reception(complaint.channel(), takenBy), idempotencyKey,
                idempotencyKey == null ? null : IdempotentSubmissions.scopedTo(takenBy, idempotencyKey));
    }

    private ComplaintReceipt receive(ComplaintSubmission complaint, Reception reception, String idempotencyKey,
                                     String storedKey) {
        check(complaint);
        if (idempotencyKey != null) {
            IdempotentSubmissions.requireValidKey(idempotencyKey);
        }
        // Drawn outside the transaction, which then holds no lock another registration waits for but its own
        // idempotency key's. A retry answered with its first receipt leaves this number unused: a gap, never a reuse.
        CaseReferences.Issued issued = caseReferences.next();
        if (storedKey == null) {
            return transaction.execute(status -> register(complaint, reception, issued).receipt());
        }
        return transaction.execute(status -> idempotentSubmissions.once(storedKey, complaint,
                () -> register(complaint, reception, issued)));
    }

    private Registration register(ComplaintSubmission complaint, Reception reception, CaseReferences.Issued issued) {
        String caseReference = issued.caseReference();
        String followUpCode = followUpCodes.newCode();
        Instant receivedAt = issued.receivedAt();
        SealedComplainant complainant = sealComplainant(complaint);
        RegisterAllegation registration = new RegisterAllegation(
                caseReference, receivedAt, complaint.mission(),
                reception.channel(),
                complaint.language(), complaint.incidentDate(), complaint.personnelCategory(),
                complaint.allegedNationality(), complaint.victimCount(), complaint.minorInvolved(),
                complaint.anonymous(), complaint.complainant() == null ? null : complaint.complainant().isVictim(),
                sealNarrative(caseReference, complaint), complainant, followUpCodes.hash(followUpCode));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(registration)
                .andMetaData(Map.of(ActingUser.METADATA_KEY, reception.actingUser())));
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

    /** How a complaint reached intake and who registered it: the complainant themselves, or the staff member who took it. */
    private record Reception(Channel channel, String actingUser) {
    }

    /** A registered complaint: its receipt and the key its personal data is sealed under. */
    record Registration(ComplaintReceipt receipt, String subjectId) {
    }
}
