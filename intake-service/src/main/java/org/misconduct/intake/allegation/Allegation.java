package org.misconduct.intake.allegation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.misconduct.web.RuleViolation;

/** One report received, from registration through assessment to referral for investigation. */
@Aggregate
class Allegation {

    @AggregateIdentifier
    private String caseReference;
    private AllegationStatus status;
    private String mission;
    private Instant receivedAt;
    private Assessment assessment;

    protected Allegation() {
        // for Axon: state is rebuilt from the events
    }

    @CommandHandler
    Allegation(RegisterAllegation command) {
        apply(new AllegationRegistered(
                command.caseReference(), command.receivedAt(), command.mission(), command.channel(), command.language(),
                command.incidentDate(), command.personnelCategory(), command.allegedNationality(), command.victimCount(),
                command.minorInvolved(), command.anonymous(), command.complainantIsVictim(), command.personalData(),
                command.followUpCodeHash()));
    }

    @CommandHandler
    AllegationStatus handle(AssessAllegation command, Clock clock) {
        if (status != AllegationStatus.RECEIVED && status != AllegationStatus.UNDER_ASSESSMENT) {
            throw new RuleViolation("Allegation " + caseReference + " is " + status + " and can no longer be assessed");
        }
        apply(new AllegationAssessed(caseReference, command.assessment(), clock.instant()));
        return status;
    }

    @CommandHandler
    AllegationStatus handle(ReferAllegation command, Clock clock) {
        if (assessment == null) {
            throw new RuleViolation("Allegation " + caseReference + " must be assessed before it is referred");
        }
        if (status != AllegationStatus.UNDER_ASSESSMENT) {
            throw new RuleViolation("Allegation " + caseReference + " is " + status + " and cannot be referred");
        }
        if (assessment.personnelCategory() == PersonnelCategory.NON_UN) {
            throw new RuleViolation("Allegations against non-UN forces are notified to their authority, not referred");
        }
        apply(new AllegationReferred(caseReference, command.investigatingEntity(), clock.instant(), mission, receivedAt, assessment));
        return status;
    }

    @EventSourcingHandler
    void on(AllegationRegistered event) {
        caseReference = event.caseReference();
        mission = event.mission();
        receivedAt = event.receivedAt();
        status = AllegationStatus.RECEIVED;
    }

    @EventSourcingHandler
    void on(AllegationAssessed event) {
        assessment = event.assessment();
        status = AllegationStatus.UNDER_ASSESSMENT;
    }

    @EventSourcingHandler
    void on(AllegationReferred event) {
        status = AllegationStatus.REFERRED;
    }
}
