package org.misconduct.victimassistance.victim;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.misconduct.domain.NotFound;
import org.misconduct.domain.RuleViolation;

/**
 * A victim's needs and the referrals that meet them, a member of the victim aggregate. A victim has at most one
 * open need of a kind; a need is referred to one provider at a time, and a referral is delivered or declined once.
 */
class AssistancePlan {

    private final Map<String, Need> needs = new LinkedHashMap<>();
    private final Map<String, Referral> referrals = new LinkedHashMap<>();

    void identify(IdentifyNeed command, Instant now) {
        if (openNeedOf(command.kind()).isPresent()) {
            throw new RuleViolation("Victim " + command.victimId() + " already has an open " + command.kind() + " need");
        }
        apply(new NeedIdentified(command.victimId(), command.needId(), command.kind(), now));
    }

    void refer(ReferToProvider command, Instant now) {
        Need need = openNeed(command.need())
                .orElseThrow(() -> new RuleViolation("A referral must be for an open need; victim " + command.victimId()
                        + " has no open need " + command.need()));
        if (referrals.values().stream().anyMatch(referral -> referral.isPending() && referral.needId().equals(need.needId()))) {
            throw new RuleViolation("The " + need.kind() + " need of victim " + command.victimId()
                    + " is already referred; record its delivery or decline first");
        }
        apply(new AssistanceReferred(command.victimId(), command.referralId(), need.needId(), need.kind(), command.provider(), now));
    }

    void deliver(RecordDelivery command, String caseReference, Instant now) {
        Referral referral = referral(command.victimId(), command.referralId());
        switch (referral.outcome()) {
            case DELIVERED -> throw new RuleViolation("Referral " + referral.referralId() + " is already delivered");
            case DECLINED -> throw new RuleViolation("Referral " + referral.referralId() + " was declined and cannot be delivered");
            case PENDING -> apply(new AssistanceDelivered(command.victimId(), caseReference, referral.referralId(),
                    referral.needId(), referral.kind(), now));
        }
    }

    void decline(RecordDecline command, Instant now) {
        Referral referral = referral(command.victimId(), command.referralId());
        switch (referral.outcome()) {
            case DELIVERED -> throw new RuleViolation("Referral " + referral.referralId() + " was delivered and cannot be declined");
            case DECLINED -> throw new RuleViolation("Referral " + referral.referralId() + " is already declined");
            case PENDING -> apply(new AssistanceDeclined(command.victimId(), referral.referralId(), referral.needId(), referral.kind(),
                    command.reason(), now));
        }
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

    private Referral referral(String victimId, String referralId) {
        Referral referral = referrals.get(referralId);
        if (referral == null) {
            throw new NotFound("Victim " + victimId + " has no referral " + referralId);
        }
        return referral;
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
}
