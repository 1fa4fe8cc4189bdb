package org.misconduct.victimassistance.victim;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import org.misconduct.clocks.ClockDeadlines;
import org.misconduct.clocks.ClockDue;
import org.misconduct.clocks.ClockPolicy;
import org.misconduct.clocks.ClockState;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.domain.RuleViolation;
import org.misconduct.victimassistance.clock.FirstContactClockBreached;
import org.misconduct.victimassistance.clock.FirstContactClockStarted;
import org.misconduct.victimassistance.clock.FirstContactClockStopped;

/**
 * A victim of a case, known to the rest of the system only by a pseudonymous id. Personal data
 * arrives already sealed under the victim's own key, so this history never holds it in clear.
 * Assistance goes on after erasure: needs, referrals and claims hold no personal data.
 * The first-contact clock runs from registration to the first delivered assistance as a durable deadline.
 */
@Aggregate
class Victim {

    private static final ClockName FIRST_CONTACT = ClockName.VICTIM_FIRST_CONTACT;

    @AggregateIdentifier
    private String victimId;
    private String caseReference;
    private boolean sharesWithInvestigators;
    private boolean personalDataErased;
    private ClockState firstContact;

    @AggregateMember
    private final AssistancePlan assistance = new AssistancePlan();
    @AggregateMember
    private final PaternityClaimRecord paternityClaims = new PaternityClaimRecord();

    protected Victim() {
        // for Axon: state is rebuilt from the events
    }

    @CommandHandler
    Victim(RegisterVictim command, ClockPolicy policy, DeadlineManager deadlines, Clock clock) {
        Instant now = clock.instant();
        apply(new VictimRegistered(command.victimId(), command.caseReference(), command.ageGroup(), command.sex(),
                command.consent(), command.personalData(), now));
        Instant dueAt = policy.dueAt(FIRST_CONTACT, now);
        apply(new FirstContactClockStarted(command.victimId(), command.caseReference(), now, dueAt,
                ClockDeadlines.arm(deadlines, FIRST_CONTACT, dueAt)));
    }

    @CommandHandler
    void handle(ChangeSharingConsent command, Clock clock) {
        if (command.shareWithInvestigators() == sharesWithInvestigators) {
            throw new RuleViolation("Victim " + victimId + (sharesWithInvestigators ? " already consents" : " does not consent")
                    + " to share with investigators");
        }
        apply(command.shareWithInvestigators()
                ? new SharingConsentGiven(victimId, caseReference, clock.instant())
                : new SharingConsentWithdrawn(victimId, caseReference, clock.instant()));
    }

    @CommandHandler
    void handle(IdentifyNeed command, Clock clock) {
        assistance.identify(command, clock.instant());
    }

    @CommandHandler
    void handle(ReferToProvider command, Clock clock) {
        assistance.refer(command, clock.instant());
    }

    /** The first assistance delivered stops the first-contact clock. */
    @CommandHandler
    void handle(RecordDelivery command, DeadlineManager deadlines, Clock clock) {
        Instant now = clock.instant();
        assistance.deliver(command, caseReference, now);
        if (firstContact != null && firstContact.isRunning()) {
            ClockDeadlines.disarm(deadlines, FIRST_CONTACT, firstContact);
            apply(new FirstContactClockStopped(victimId, caseReference, now, firstContact.metBy(now)));
        }
    }

    @CommandHandler
    void handle(RecordDecline command, Clock clock) {
        assistance.decline(command, clock.instant());
    }

    /** Returns the id of the claim the status was recorded for. */
    @CommandHandler
    String handle(RecordPaternityClaimStatus command, Clock clock) {
        return paternityClaims.record(command, caseReference, clock.instant());
    }

    @CommandHandler
    void handle(ErasePersonalData command, Clock clock) {
        if (personalDataErased) {
            throw new RuleViolation("The personal data of victim " + victimId + " was already erased");
        }
        apply(new VictimPersonalDataErased(victimId, clock.instant()));
    }

    /** Recorded once: a clock already stopped or breached ignores its deadline. */
    @DeadlineHandler
    void on(ClockDue due, Clock clock) {
        if (firstContact != null && firstContact.isDueFor(due.dueAt())) {
            apply(new FirstContactClockBreached(victimId, caseReference, firstContact.startedAt(), firstContact.dueAt(),
                    clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(VictimRegistered event) {
        victimId = event.victimId();
        caseReference = event.caseReference();
        sharesWithInvestigators = event.consent() != null && event.consent().shareWithInvestigators();
    }

    @EventSourcingHandler
    void on(FirstContactClockStarted event) {
        firstContact = ClockState.started(event.startedAt(), event.dueAt(), event.deadlineId());
    }

    @EventSourcingHandler
    void on(FirstContactClockStopped event) {
        firstContact = firstContact.stoppedAt(event.stoppedAt());
    }

    @EventSourcingHandler
    void on(FirstContactClockBreached event) {
        firstContact = firstContact.breach();
    }

    @EventSourcingHandler
    void on(SharingConsentGiven event) {
        sharesWithInvestigators = true;
    }

    @EventSourcingHandler
    void on(SharingConsentWithdrawn event) {
        sharesWithInvestigators = false;
    }

    @EventSourcingHandler
    void on(VictimPersonalDataErased event) {
        personalDataErased = true;
    }
}
