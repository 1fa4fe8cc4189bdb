package org.misconduct.investigation.outcome;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.misconduct.contracts.codes.CriminalAuthority;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.domain.NotFound;
import org.misconduct.domain.RuleViolation;
import org.misconduct.investigation.caseopening.Allegation;

/** What holds the personnel concerned to account: criminal referrals, and final actions after a SUBSTANTIATED finding. */
public class Accountability {

    /** When the case was referred to each authority. */
    private final Map<CriminalAuthority, Instant> criminalReferrals = new EnumMap<>(CriminalAuthority.class);
    private final Set<String> actions = new HashSet<>();

    public void refer(MakeCriminalReferral command, Instant now) {
        if (criminalReferrals.containsKey(command.authority())) {
            throw new RuleViolation("Case " + command.caseReference() + " is already referred to the " + command.authority());
        }
        apply(new CriminalReferralMade(command.caseReference(), command.authority(), now));
    }

    /**
     * The outcome of a referral as the authority answered, or its silence: recorded as often as it changes, each
     * dated no earlier than the referral and not in the future.
     */
    public void recordOutcome(RecordCriminalReferralOutcome command, Instant now) {
        Instant referredAt = criminalReferrals.get(command.authority());
        if (referredAt == null) {
            throw new NotFound("Case " + command.caseReference() + " has no criminal referral to the " + command.authority());
        }
        if (command.at().isAfter(now) || command.at().isBefore(referredAt)) {
            throw new RuleViolation("The outcome of a criminal referral is dated between the referral (" + referredAt
                    + ") and now");
        }
        apply(new CriminalReferralOutcomeRecorded(command.caseReference(), command.authority(), command.status(), command.at(),
                command.detail(), now));
    }

    public void act(TakeDisciplinaryAction command, Finding finding, Allegation allegation, Instant now) {
        if (finding != Finding.SUBSTANTIATED) {
            throw new RuleViolation("Final actions follow a SUBSTANTIATED finding; case " + command.caseReference() + " has "
                    + (finding == null ? "none" : finding));
        }
        if (actions.contains(command.actionId())) {
            throw new RuleViolation("Action " + command.actionId() + " is already recorded");
        }
        apply(new DisciplinaryActionTaken(command.caseReference(), command.actionId(), command.kind(), command.by(),
                command.detail(), allegation.personnelCategory(), allegation.nationality(), now));
    }

    /**
     * A finding rests on at least one preserved evidence item, or on a recorded reason why there is none.
     *
     * @throws RuleViolation when it rests on neither
     */
    public static void requireGrounds(RecordFinding command, boolean anyEvidence) {
        if (!anyEvidence && (command.noEvidenceReason() == null || command.noEvidenceReason().isBlank())) {
            throw new RuleViolation("A finding needs at least one preserved evidence item or a recorded reason why there is none");
        }
    }

    @EventSourcingHandler
    void on(CriminalReferralMade event) {
        criminalReferrals.put(event.authority(), event.referredAt());
    }

    @EventSourcingHandler
    void on(DisciplinaryActionTaken event) {
        actions.add(event.actionId());
    }
}
