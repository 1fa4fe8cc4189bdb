package org.misconduct.reporting.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.clocks.ClockBreached;
import org.misconduct.contracts.codes.AgeGroup;
import org.misconduct.contracts.codes.CaseReference;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.contracts.intake.AllegationAssessed;
import org.misconduct.contracts.intake.AllegationClosed;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.contracts.intake.NonUnForcesNotified;
import org.misconduct.contracts.investigation.CriminalReferralMade;
import org.misconduct.contracts.investigation.CriminalReferralOutcomeRecorded;
import org.misconduct.contracts.investigation.DisciplinaryActionTaken;
import org.misconduct.contracts.investigation.EvidencePreserved;
import org.misconduct.contracts.investigation.InterimMeasureTaken;
import org.misconduct.contracts.investigation.InvestigatingEntityChanged;
import org.misconduct.contracts.investigation.InvestigationCompleted;
import org.misconduct.contracts.investigation.InvestigationOpened;
import org.misconduct.contracts.investigation.MemberStateActionRecorded;
import org.misconduct.contracts.investigation.MemberStateResponded;
import org.misconduct.contracts.investigation.NioAppointed;
import org.misconduct.contracts.victimassistance.PaternityClaimUpdated;
import org.misconduct.contracts.victimassistance.VictimFirstContacted;
import org.misconduct.contracts.victimassistance.VictimRegistered;
import org.misconduct.reporting.disclosure.ClassificationStages.Classified;

/**
 * What is known of one allegation, merged from its published events: the public fields and the
 * clock outcomes the Council report counts. Only {@link PublicAllegations} decides what of it
 * the public sees.
 *
 * <p>Events of one case arrive in order per topic but in any order across topics, so every merge
 * gives the same result whatever the order: dates keep the earliest value, the status only moves
 * forward, and each classifying field keeps the value of the latest stage of the process
 * (registration, assessment, referral, investigation, completion) that gave one: an earlier stage
 * arriving late only fills gaps. An outcome reported twice keeps the earliest report's value; sets
 * of codes are unions; a paternity claim keeps its latest update.
 * The category and nationality typed in a complaint are not kept: only intake's assessment (or a later stage) gives them.
 */
final class PublicAllegationState {

    private static final int REGISTRATION = 1;
    private static final int ASSESSMENT = 2;
    private static final int REFERRAL = 3;
    private static final int INVESTIGATION = 4;
    private static final int ENTITY_CHANGE = 5;
    private static final int COMPLETION = 6;

    final String caseReference;
    AllegationStatus status = AllegationStatus.RECEIVED;
    /** Intake has assessed the allegation: its assessment, its referral or the investigation it led to arrived. */
    boolean assessed;
    /** Why intake closed the allegation, as first reported; null if it did not. */
    String closureReason;
    /** For each classifying field, the process stage its value came from. */
    final ClassificationStages ranks = new ClassificationStages();
    Instant receivedAt;
    String mission;
    String personnelCategory;
    /** Already withheld (null) for personnel who are not uniformed. */
    String nationality;
    String allegationType;
    Integer victimCount;
    Boolean minorInvolved;
    String investigatingEntity;
    Instant referredAt;
    Instant investigationOpenedAt;
    Instant evidencePreservedAt;
    Boolean evidencePreservedWithinClock;
    final SortedSet<String> breachedClocks = new TreeSet<>();
    int victimsRegistered;
    int minorVictims;
    int adultVictims;
    int unknownAgeVictims;
    String finding;
    Long daysTaken;
    Instant completedAt;
    Boolean investigationWithinClock;
    Instant closedAt;
    Instant memberStateRespondedAt;
    Boolean memberStateWithinClock;
    Instant nioAppointedAt;
    Boolean nioWithinClock;
    final SortedSet<String> interimActions = new TreeSet<>();
    final SortedSet<String> finalActions = new TreeSet<>();
    final SortedSet<String> criminalReferrals = new TreeSet<>();
    /** The latest outcome of each criminal referral, by authority. */
    final Map<String, ReferralOutcome> referralOutcomes = new TreeMap<>();
    Instant memberStateActionRecordedAt;
    Boolean memberStateActionWithinClock;
    Instant nonUnNotifiedAt;
    Boolean nonUnNotificationWithinClock;
    /**
     * Each victim whose first contact has an outcome, by pseudonymous id: whether it came within its clock (false once
     * the clock breached, whether or not the contact came later); never disclosed.
     */
    final Map<String, Boolean> victimsFirstContact = new TreeMap<>();
    /** The latest status of each victim's paternity claim, by the victim's pseudonymous id; never disclosed by id. */
    final Map<String, PaternityClaim> paternityClaims = new TreeMap<>();

    PublicAllegationState(String caseReference) {
        this.caseReference = caseReference;
    }

    static boolean concerns(PublishedEvent event) {
        return event.caseReference() != null;
    }

    void apply(PublishedEvent event) {
        if (event instanceof AllegationRegistered registered) {
            advanceTo(AllegationStatus.RECEIVED);
            receivedAt = EarliestReport.of(receivedAt, registered.receivedAt());
            // The complaint's category and nationality are the complainant's belief, not intake's finding: not kept.
            classify(new Classification(REGISTRATION, registered.mission(), null, null, null, registered.victimCount(),
                    registered.minorInvolved(), null));
        } else if (event instanceof AllegationAssessed assessment) {
            advanceTo(AllegationStatus.UNDER_ASSESSMENT);
            assessed = true;
            classify(new Classification(ASSESSMENT, null, assessment.personnelCategory(), assessment.nationality(),
                    assessment.allegationType(), assessment.victimCount(), assessment.minorInvolved(), null));
        } else if (event instanceof AllegationReferred referred) {
            advanceTo(AllegationStatus.REFERRED);
            assessed = true;
            receivedAt = EarliestReport.of(receivedAt, referred.receivedAt());
            referredAt = EarliestReport.of(referredAt, referred.referredAt());
            classify(new Classification(REFERRAL, referred.mission(), referred.personnelCategory(), referred.nationality(),
                    referred.allegationType(), referred.victimCount(), referred.minorInvolved(), referred.investigatingEntity()));
        } else if (event instanceof InvestigationOpened opened) {
            advanceTo(AllegationStatus.UNDER_INVESTIGATION);
            assessed = true;
            investigationOpenedAt = EarliestReport.of(investigationOpenedAt, opened.openedAt());
            classify(new Classification(INVESTIGATION, opened.mission(), opened.personnelCategory(), opened.nationality(),
                    opened.allegationType(), null, null, opened.investigatingEntity()));
        } else if (event instanceof EvidencePreserved preserved) {
            preserve(preserved);
        } else if (event instanceof ClockBreached breached && breached.clock() != null) {
            breachedClocks.add(breached.clock());
            if (breached.victimId() != null) {
                victimsFirstContact.merge(breached.victimId(), false, Boolean::logicalAnd);
            }
        } else if (event instanceof VictimRegistered victim) {
            register(victim.ageGroup());
        } else {
            applyOutcome(event);
        }
    }

    private void applyOutcome(PublishedEvent event) {
        if (event instanceof InvestigationCompleted completed) {
            complete(completed);
        } else if (event instanceof AllegationClosed closed) {
            advanceTo(AllegationStatus.CLOSED);
            if (EarliestReport.isFirst(closedAt, closed.closedAt(), closureReason)) {
                closureReason = closed.reason();
            }
            closedAt = EarliestReport.of(closedAt, closed.closedAt());
        } else if (event instanceof InvestigatingEntityChanged changed) {
            classify(new Classification(ENTITY_CHANGE, null, null, null, null, null, null, changed.investigatingEntity()));
        } else if (event instanceof MemberStateResponded responded) {
            if (EarliestReport.isFirst(memberStateRespondedAt, responded.respondedAt(), memberStateWithinClock)) {
                memberStateWithinClock = responded.withinClock();
            }
            memberStateRespondedAt = EarliestReport.of(memberStateRespondedAt, responded.respondedAt());
        } else if (event instanceof NioAppointed appointed) {
            if (EarliestReport.isFirst(nioAppointedAt, appointed.appointedAt(), nioWithinClock)) {
                nioWithinClock = appointed.withinClock();
            }
            nioAppointedAt = EarliestReport.of(nioAppointedAt, appointed.appointedAt());
        } else if (event instanceof InterimMeasureTaken measure && measure.kind() != null) {
            interimActions.add(measure.kind());
        } else if (event instanceof DisciplinaryActionTaken action && action.kind() != null) {
            finalActions.add(action.kind());
        } else if (event instanceof CriminalReferralMade referral && referral.authority() != null) {
            criminalReferrals.add(referral.authority());
        } else if (event instanceof PaternityClaimUpdated claim && claim.victimId() != null) {
            paternityClaims.merge(claim.victimId(), new PaternityClaim(claim.status(), claim.updatedAt()), PaternityClaim::latest);
        } else {
            applyFollowThrough(event);
        }
    }

    private void applyFollowThrough(PublishedEvent event) {
        if (event instanceof CriminalReferralOutcomeRecorded outcome && outcome.authority() != null && outcome.status() != null) {
            referralOutcomes.merge(outcome.authority(), new ReferralOutcome(outcome.status(), outcome.at(), outcome.recordedAt()),
                    ReferralOutcome::latest);
        } else if (event instanceof MemberStateActionRecorded action) {
            if (EarliestReport.isFirst(memberStateActionRecordedAt, action.recordedAt(), memberStateActionWithinClock)) {
                memberStateActionWithinClock = action.withinClock();
            }
            memberStateActionRecordedAt = EarliestReport.of(memberStateActionRecordedAt, action.recordedAt());
        } else if (event instanceof NonUnForcesNotified notified && notified.withinClock() != null) {
            // Only the first notification is timed against the clock; later ones name further authorities.
            if (EarliestReport.isFirst(nonUnNotifiedAt, notified.notifiedAt(), nonUnNotificationWithinClock)) {
                nonUnNotificationWithinClock = notified.withinClock();
            }
            nonUnNotifiedAt = EarliestReport.of(nonUnNotifiedAt, notified.notifiedAt());
        } else if (event instanceof VictimFirstContacted contacted && contacted.victimId() != null) {
            victimsFirstContact.merge(contacted.victimId(), contacted.withinClock(), Boolean::logicalAnd);
        }
    }

    /** What the public sees of the referrals' outcomes: {@code AUTHORITY:STATUS}, one per referral with an outcome. */
    java.util.List<String> criminalReferralStatuses() {
        return referralOutcomes.entrySet().stream().map(entry -> entry.getKey() + ":" + entry.getValue().status()).toList();
    }

    private void complete(InvestigationCompleted completed) {
        if (Finding.fromCode(completed.finding()).isPresent()) {
            advanceTo(AllegationStatus.valueOf(completed.finding()));
        }
        classify(new Classification(COMPLETION, null, null, null, null, null, null, completed.investigatingEntity()));
        if (EarliestReport.isFirst(completedAt, completed.completedAt(), investigationWithinClock)) {
            finding = completed.finding();
            daysTaken = completed.daysTaken();
            investigationWithinClock = completed.withinClock();
        }
        completedAt = EarliestReport.of(completedAt, completed.completedAt());
    }

    /** Whether the public may see the allegation at all. */
    boolean disclosed() {
        return DisclosureRules.disclosed(assessed, closureReason);
    }

    /** The year of receipt; before the registration arrives, the year in the case reference, which intake gives at receipt. */
    Integer receivedYear() {
        if (receivedAt != null) {
            return LocalDate.ofInstant(receivedAt, ZoneOffset.UTC).getYear();
        }
        return CaseReference.parse(caseReference).map(CaseReference::year).orElse(null);
    }

    Integer receivedMonth() {
        return receivedAt == null ? null : LocalDate.ofInstant(receivedAt, ZoneOffset.UTC).getMonthValue();
    }

    private void advanceTo(AllegationStatus reached) {
        if (status.isBefore(reached)) {
            status = reached;
        }
    }

    private void classify(Classification incoming) {
        int rank = incoming.rank();
        mission = ranks.merge(Classified.MISSION, rank, incoming.mission(), mission);
        allegationType = ranks.merge(Classified.ALLEGATION_TYPE, rank, incoming.allegationType(), allegationType);
        victimCount = ranks.merge(Classified.VICTIM_COUNT, rank, incoming.victimCount(), victimCount);
        minorInvolved = ranks.merge(Classified.MINOR_INVOLVED, rank, incoming.minorInvolved(), minorInvolved);
        investigatingEntity = ranks.merge(Classified.INVESTIGATING_ENTITY, rank, incoming.investigatingEntity(), investigatingEntity);
        String category = incoming.personnelCategory();
        if (category == null) {
            return;
        }
        if (!category.equals(personnelCategory) && rank >= ranks.rankOf(Classified.PERSONNEL_CATEGORY)) {
            // A nationality must never outlive the category it was given with.
            nationality = null;
            ranks.forget(Classified.NATIONALITY);
        }
        personnelCategory = ranks.merge(Classified.PERSONNEL_CATEGORY, rank, category, personnelCategory);
        if (category.equals(personnelCategory)) {
            String disclosed = DisclosureRules.isUniformed(category) ? incoming.nationality() : null;
            nationality = ranks.merge(Classified.NATIONALITY, rank, disclosed, nationality);
        }
    }

    private void preserve(EvidencePreserved preserved) {
        if (EarliestReport.isFirst(evidencePreservedAt, preserved.preservedAt(), evidencePreservedWithinClock)) {
            evidencePreservedWithinClock = preserved.withinClock();
        }
        evidencePreservedAt = EarliestReport.of(evidencePreservedAt, preserved.preservedAt());
    }

    private void register(String ageGroup) {
        victimsRegistered++;
        switch (AgeGroup.fromCode(ageGroup).orElse(AgeGroup.UNKNOWN)) {
            case MINOR -> minorVictims++;
            case ADULT -> adultVictims++;
            case UNKNOWN -> unknownAgeVictims++;
        }
    }

    private record Classification(int rank, String mission, String personnelCategory, String nationality,
                                  String allegationType, Integer victimCount, Boolean minorInvolved,
                                  String investigatingEntity) {
    }
}
