package org.misconduct.victimassistance.victim;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.misconduct.victimassistance.clock.ClockPolicy;
import org.misconduct.victimassistance.clock.FirstContactClock;
import org.misconduct.victimassistance.clock.FirstContactClockBreached;
import org.misconduct.victimassistance.clock.FirstContactClockStarted;
import org.misconduct.victimassistance.clock.FirstContactClockStopped;
import org.misconduct.victimassistance.clock.FirstContactDue;
import org.misconduct.web.NotFound;
import org.misconduct.web.RuleViolation;

/**
 * A victim of a case, known to the rest of the system only by a pseudonymous id. Personal data
 * arrives already sealed under the victim's own key, so this history never holds it in clear.
 * Assistance goes on after erasure: needs, referrals and claims hold no personal data.
 * The first-contact clock runs from registration to the first delivered assistance as a durable deadline.
 */
@Aggregate
class Victim {

    @AggregateIdentifier
    private String victimId;
    private String caseReference;
    private boolean sharesWithInvestigators;
    private boolean personalDataErased;
    private FirstContact firstContact;
    private final Map<String, Need> needs = new LinkedHashMap<>();
    private final Map<String, Referral> referrals = new LinkedHashMap<>();
    private final Map<String, PaternityClaimStatus> paternityClaims = new LinkedHashMap<>();

    protected Victim() {
        // for Axon: state is rebuilt from the events
    }

    @CommandHandler
    Victim(RegisterVictim command, ClockPolicy policy, DeadlineManager deadlines, Clock clock) {
        Instant now = clock.instant();
        apply(new VictimRegistered(command.victimId(), command.caseReference(), command.ageGroup(), command.sex(),
                command.consent(), command.personalData(), now));
        Instant dueAt = now.plus(policy.victimFirstContact());
        String deadlineId = deadlines.schedule(dueAt, FirstContactClock.NAME, new FirstContactDue(command.victimId()));
        apply(new FirstContactClockStarted(command.victimId(), command.caseReference(), now, dueAt, deadlineId));
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
        if (openNeedOf(command.kind()).isPresent()) {
            throw new RuleViolation("Victim " + victimId + " already has an open " + command.kind() + " need");
        }
        apply(new NeedIdentified(victimId, command.needId(), command.kind(), clock.instant()));
    }

    @CommandHandler
    void handle(ReferToProvider command, Clock clock) {
        Need need = openNeed(command.need())
                .orElseThrow(() -> new RuleViolation("A referral must be for an open need; victim " + victimId
                        + " has no open need " + command.need()));
        if (referrals.values().stream().anyMatch(referral -> referral.isPending() && referral.needId().equals(need.needId()))) {
            throw new RuleViolation("The " + need.kind() + " need of victim " + victimId
                    + " is already referred; record its delivery or decline first");
        }
        apply(new AssistanceReferred(victimId, command.referralId(), need.needId(), need.kind(), command.provider(), clock.instant()));
    }

    @CommandHandler
    void handle(RecordDelivery command, DeadlineManager deadlines, Clock clock) {
        Referral referral = referral(command.referralId());
        switch (referral.outcome()) {
            case DELIVERED -> throw new RuleViolation("Referral " + referral.referralId() + " is already delivered");
            case DECLINED -> throw new RuleViolation("Referral " + referral.referralId() + " was declined and cannot be delivered");
            case PENDING -> {
                Instant now = clock.instant();
                apply(new AssistanceDelivered(victimId, caseReference, referral.referralId(), referral.needId(), referral.kind(), now));
                stopFirstContactClock(now, deadlines);
            }
        }
    }

    @CommandHandler
    void handle(RecordDecline command, Clock clock) {
        Referral referral = referral(command.referralId());
        switch (referral.outcome()) {
            case DELIVERED -> throw new RuleViolation("Referral " + referral.referralId() + " was delivered and cannot be declined");
            case DECLINED -> throw new RuleViolation("Referral " + referral.referralId() + " is already declined");
            case PENDING -> apply(new AssistanceDeclined(victimId, referral.referralId(), referral.needId(), referral.kind(),
                    command.reason(), clock.instant()));
        }
    }

    /** Returns the id of the claim the status was recorded for. */
    @CommandHandler
    String handle(RecordPaternityClaimStatus command, Clock clock) {
        String claimId = command.claimId() != null ? existingClaim(command.claimId()) : claimFor(command);
        PaternityClaimStatus current = paternityClaims.get(claimId);
        if (current != null && !current.canMoveTo(command.status())) {
            throw new RuleViolation("Paternity claim " + claimId + " cannot move from " + current + " to " + command.status()
                    + "; allowed: " + current.next());
        }
        apply(new PaternityClaimStatusRecorded(victimId, caseReference, claimId, command.status(), clock.instant()));
        return claimId;
    }

    @CommandHandler
    void handle(ErasePersonalData command, Clock clock) {
        if (personalDataErased) {
            throw new RuleViolation("The personal data of victim " + victimId + " was already erased");
        }
        apply(new VictimPersonalDataErased(victimId, clock.instant()));
    }

    @DeadlineHandler(deadlineName = FirstContactClock.NAME)
    void on(FirstContactDue due, Clock clock) {
        if (firstContact != null && firstContact.isRunning() && !firstContact.breached()) {
            apply(new FirstContactClockBreached(victimId, caseReference, firstContact.startedAt(), firstContact.dueAt(),
                    clock.instant()));
        }
    }

    private void stopFirstContactClock(Instant at, DeadlineManager deadlines) {
        if (firstContact == null || !firstContact.isRunning()) {
            return;
        }
        deadlines.cancelSchedule(FirstContactClock.NAME, firstContact.deadlineId());
        apply(new FirstContactClockStopped(victimId, caseReference, at, firstContact.metBy(at)));
    }

    private Optional<Need> openNeedOf(NeedKind kind) {
        return needs.values().stream().filter(need -> need.open() && need.kind() == kind).findFirst();
    }

    /** By id, or by kind since a victim has at most one open need of each kind. */
    private Optional<Need> openNeed(String idOrKind) {
        Need byId = needs.get(idOrKind);
        if (byId != null) {
            return byId.open() ? Optional.of(byId) : Optional.empty();
        }
        return kindNamed(idOrKind).flatMap(this::openNeedOf);
    }

    private static Optional<NeedKind> kindNamed(String name) {
        for (NeedKind kind : NeedKind.values()) {
            if (kind.name().equalsIgnoreCase(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private Referral referral(String referralId) {
        Referral referral = referrals.get(referralId);
        if (referral == null) {
            throw new NotFound("Victim " + victimId + " has no referral " + referralId);
        }
        return referral;
    }

    private String existingClaim(String claimId) {
        if (!paternityClaims.containsKey(claimId)) {
            throw new NotFound("Victim " + victimId + " has no paternity claim " + claimId);
        }
        return claimId;
    }

    private String claimFor(RecordPaternityClaimStatus command) {
        if (command.status() == PaternityClaimStatus.FILED) {
            return command.newClaimId();
        }
        List<String> open = paternityClaims.entrySet().stream()
                .filter(claim -> claim.getValue().isOpen())
                .map(Map.Entry::getKey)
                .toList();
        if (open.size() != 1) {
            throw new RuleViolation(open.isEmpty()
                    ? "Victim " + victimId + " has no open paternity claim; a claim starts as FILED"
                    : "Victim " + victimId + " has several open paternity claims; name the claim (claimId)");
        }
        return open.get(0);
    }

    @EventSourcingHandler
    void on(VictimRegistered event) {
        victimId = event.victimId();
        caseReference = event.caseReference();
        sharesWithInvestigators = event.consent() != null && event.consent().shareWithInvestigators();
    }

    @EventSourcingHandler
    void on(FirstContactClockStarted event) {
        firstContact = FirstContact.started(event);
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
    void on(NeedIdentified event) {
        needs.put(event.needId(), new Need(event.needId(), event.kind(), true));
    }

    @EventSourcingHandler
    void on(AssistanceReferred event) {
        referrals.put(event.referralId(), new Referral(event.referralId(), event.needId(), event.kind(), Referral.Outcome.PENDING));
    }

    @EventSourcingHandler
    void on(AssistanceDelivered event) {
        referrals.computeIfPresent(event.referralId(), (id, referral) -> referral.with(Referral.Outcome.DELIVERED));
        needs.computeIfPresent(event.needId(), (id, need) -> need.met());
    }

    @EventSourcingHandler
    void on(AssistanceDeclined event) {
        referrals.computeIfPresent(event.referralId(), (id, referral) -> referral.with(Referral.Outcome.DECLINED));
    }

    @EventSourcingHandler
    void on(PaternityClaimStatusRecorded event) {
        paternityClaims.put(event.claimId(), event.status());
    }

    @EventSourcingHandler
    void on(VictimPersonalDataErased event) {
        personalDataErased = true;
    }
}
