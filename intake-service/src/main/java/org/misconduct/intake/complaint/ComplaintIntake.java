package org.misconduct.intake.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.intake.allegation.Channel;
import org.misconduct.intake.allegation.RegisterAllegation;
import org.misconduct.intake.allegation.SealedPersonalData;
import org.misconduct.personaldata.PersonalDataVault;
import org.misconduct.web.InvalidRequest;
import org.springframework.stereotype.Service;

/** Registers a complaint as an allegation: checks it, seals what it says about people, issues the follow-up code. */
@Service
class ComplaintIntake {

    private static final Set<String> NATIONALITIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    private final IntakeProperties properties;
    private final CaseReferences caseReferences;
    private final FollowUpCodes followUpCodes;
    private final PersonalDataVault vault;
    private final CommandGateway commands;
    private final Clock clock;

    ComplaintIntake(IntakeProperties properties, CaseReferences caseReferences, FollowUpCodes followUpCodes,
                    PersonalDataVault vault, CommandGateway commands, Clock clock) {
        this.properties = properties;
        this.caseReferences = caseReferences;
        this.followUpCodes = followUpCodes;
        this.vault = vault;
        this.commands = commands;
        this.clock = clock;
    }

    ComplaintReceipt submit(ComplaintSubmission complaint) {
        check(complaint);
        String caseReference = caseReferences.next();
        String followUpCode = followUpCodes.newCode();
        Instant receivedAt = clock.instant();
        commands.sendAndWait(new RegisterAllegation(
                caseReference, receivedAt, complaint.mission(),
                complaint.channel() == null ? Channel.WEB : complaint.channel(),
                complaint.language(), complaint.incidentDate(), complaint.personnelCategory(),
                complaint.allegedNationality(), complaint.victimCount(), complaint.minorInvolved(),
                complaint.anonymous(), complaint.complainant() == null ? null : complaint.complainant().isVictim(),
                seal(complaint), followUpCodes.hash(followUpCode)));
        return new ComplaintReceipt(caseReference, followUpCode, receivedAt);
    }

    private void check(ComplaintSubmission complaint) {
        if (!properties.knowsMission(complaint.mission())) {
            throw new InvalidRequest("mission", "is not a mission this deployment serves: " + properties.missions());
        }
        if (complaint.allegedNationality() != null && !isNationality(complaint.allegedNationality())) {
            throw new InvalidRequest("allegedNationality", "is not an ISO 3166-1 alpha-3 code");
        }
    }

    /** ISO 3166-1 alpha-3, plus the user-assigned range XAA..XZZ used by exercises and test data. */
    static boolean isNationality(String code) {
        return NATIONALITIES.contains(code) || code.matches("X[A-Z]{2}");
    }

    private SealedPersonalData seal(ComplaintSubmission complaint) {
        String subjectId = UUID.randomUUID().toString();
        ComplaintSubmission.Complainant complainant = complaint.complainant();
        return new SealedPersonalData(
                subjectId,
                vault.seal(subjectId, complaint.description()),
                vault.seal(subjectId, complaint.location()),
                complainant == null ? null : vault.seal(subjectId, complainant.name()),
                complainant == null ? null : vault.seal(subjectId, complainant.contact()));
    }
}
