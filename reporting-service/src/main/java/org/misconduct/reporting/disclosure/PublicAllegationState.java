package org.misconduct.reporting.disclosure;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.intake.AllegationAssessed;
import org.misconduct.contracts.intake.AllegationClosed;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.contracts.clocks.ClockBreached;
import org.misconduct.contracts.investigation.CriminalReferralMade;
import org.misconduct.contracts.investigation.DisciplinaryActionTaken;
import org.misconduct.contracts.investigation.EvidencePreserved;
import org.misconduct.contracts.investigation.InterimMeasureTaken;
import org.misconduct.contracts.investigation.InvestigationCompleted;
import org.misconduct.contracts.investigation.InvestigatingEntityChanged;
import org.misconduct.contracts.investigation.InvestigationOpened;
import org.misconduct.contracts.investigation.MemberStateResponded;
import org.misconduct.contracts.investigation.NioAppointed;
import org.misconduct.contracts.victimassistance.PaternityClaimUpdated;
import org.misconduct.contracts.victimassistance.VictimRegistered;

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
 */
final class PublicAllegationState {

    /** The only personnel whose nationality is disclosed (A/70/357). */
    static final Set<String> UNIFORMED = Set.of("MC", "MO", "UNPOL", "FPU");
    static final String EVIDENCE_CLOCK = "evidence-preservation";
    private static final Set<String> FINDINGS = Set.of("SUBSTANTIATED", "NOT_SUBSTANTIATED", "CLOSED");

    private static final int REGISTRATION = 1;
    private static final int ASSESSMENT = 2;
    private static final int REFERRAL = 3;
    private static final int INVESTIGATION = 4;
    private static final int ENTITY_CHANGE = 5;
    private static final int COMPLETION = 6;
    private static final Pattern REFERENCE_YEAR = Pattern.compile("ALG-(\\d{4})-\\d+");

    final String caseReference;
    AllegationStatus status = AllegationStatus.RECEIVED;
    /** For each classifying field, the process stage its value came from (absent: none yet). */
    final Map<Classified, Integer> ranks = new EnumMap<>(Classified.class);
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
    /** The latest status of each victim's paternity claim, by the victim's pseudonymous id; never disclosed by id. */
    final Map<String, PaternityClaim> paternityClaims = new TreeMap<>();

    PublicAllegationState(String caseReference) {
        this.caseReference = caseReference;
    }

    /** Every event about one case makes sure the case has its row, so each case is counted by its year. */
    /** Null-safe: a category not known yet is not uniformed. */
    static boolean isUniformed(String personnelCategory) {
        return personnelCategory != null && UNIFORMED.contains(personnelCategory);
    }

    static boolean concerns(PublishedEvent event) {
        return event.caseReference() != null;
    }

    void apply(PublishedEvent event) {
        if (event instanceof AllegationRegistered registered) {
            advanceTo(AllegationStatus.RECEIVED);
            receivedAt = earliest(receivedAt, registered.receivedAt());
            classify(new Classification(REGISTRATION, registered.mission(), registered.personnelCategory(),
                    registered.allegedNationality(), null, registered.victimCount(), registered.minorInvolved(), null));
        } else if (event instanceof AllegationAssessed assessed) {
            advanceTo(AllegationStatus.UNDER_ASSESSMENT);
            classify(new Classification(ASSESSMENT, null, assessed.personnelCategory(), assessed.nationality(),
                    assessed.allegationType(), assessed.victimCount(), assessed.minorInvolved(), null));
        } else if (event instanceof AllegationReferred referred) {
            advanceTo(AllegationStatus.REFERRED);
            receivedAt = earliest(receivedAt, referred.receivedAt());
            referredAt = earliest(referredAt, referred.referredAt());
            classify(new Classification(REFERRAL, referred.mission(), referred.personnelCategory(), referred.nationality(),
                    referred.allegationType(), referred.victimCount(), referred.minorInvolved(), referred.investigatingEntity()));
        } else if (event instanceof InvestigationOpened opened) {
            advanceTo(AllegationStatus.UNDER_INVESTIGATION);
            investigationOpenedAt = earliest(investigationOpenedAt, opened.openedAt());
            classify(new Classification(INVESTIGATION, opened.mission(), opened.personnelCategory(), opened.nationality(),
                    opened.allegationType(), null, null, opened.investigatingEntity()));
        } else if (event instanceof EvidencePreserved preserved) {
            preserve(preserved);
        } else if (event instanceof ClockBreached breached && breached.clock() != null) {
            breachedClocks.add(breached.clock());
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
            closedAt = earliest(closedAt, closed.closedAt());
        } else if (event instanceof InvestigatingEntityChanged changed) {
            classify(new Classification(ENTITY_CHANGE, null, null, null, null, null, null, changed.investigatingEntity()));
        } else if (event instanceof MemberStateResponded responded) {
            if (firstReport(memberStateRespondedAt, responded.respondedAt(), memberStateWithinClock)) {
                memberStateWithinClock = responded.withinClock();
            }
            memberStateRespondedAt = earliest(memberStateRespondedAt, responded.respondedAt());
        } else if (event instanceof NioAppointed appointed) {
            if (firstReport(nioAppointedAt, appointed.appointedAt(), nioWithinClock)) {
                nioWithinClock = appointed.withinClock();
            }
            nioAppointedAt = earliest(nioAppointedAt, appointed.appointedAt());
        } else if (event instanceof InterimMeasureTaken measure && measure.kind() != null) {
            interimActions.add(measure.kind());
        } else if (event instanceof DisciplinaryActionTaken action && action.kind() != null) {
            finalActions.add(action.kind());
        } else if (event instanceof CriminalReferralMade referral && referral.authority() != null) {
            criminalReferrals.add(referral.authority());
        } else if (event instanceof PaternityClaimUpdated claim && claim.victimId() != null) {
            paternityClaims.merge(claim.victimId(), new PaternityClaim(claim.status(), claim.updatedAt()), PaternityClaim::latest);
        }
    }

    private void complete(InvestigationCompleted completed) {
        if (completed.finding() != null && FINDINGS.contains(completed.finding())) {
            advanceTo(AllegationStatus.valueOf(completed.finding()));
        }
        classify(new Classification(COMPLETION, null, null, null, null, null, null, completed.investigatingEntity()));
        if (firstReport(completedAt, completed.completedAt(), investigationWithinClock)) {
            finding = completed.finding();
            daysTaken = completed.daysTaken();
            investigationWithinClock = completed.withinClock();
        }
        completedAt = earliest(completedAt, completed.completedAt());
    }

    /** The statuses of the victims' paternity claims, each once. */
    SortedSet<String> paternityClaimStatuses() {
        return statusesOf(paternityClaims.values());
    }

    /** The statuses of paternity claims, each once. */
    static SortedSet<String> statusesOf(java.util.Collection<PaternityClaim> claims) {
        SortedSet<String> statuses = new TreeSet<>();
        claims.stream().map(PaternityClaim::status).filter(Objects::nonNull).forEach(statuses::add);
        return statuses;
    }

    /** The year of receipt; before the registration arrives, the year in the case reference, which intake gives at receipt. */
    Integer receivedYear() {
        if (receivedAt != null) {
            return receivedAt.atZone(ZoneOffset.UTC).getYear();
        }
        Matcher reference = REFERENCE_YEAR.matcher(caseReference);
        return reference.matches() ? Integer.valueOf(reference.group(1)) : null;
    }

    Integer receivedMonth() {
        return receivedAt == null ? null : receivedAt.atZone(ZoneOffset.UTC).getMonthValue();
    }

    private void advanceTo(AllegationStatus reached) {
        if (status.isBefore(reached)) {
            status = reached;
        }
    }

    private void classify(Classification incoming) {
        int rank = incoming.rank();
        mission = merge(Classified.MISSION, rank, incoming.mission(), mission);
        allegationType = merge(Classified.ALLEGATION_TYPE, rank, incoming.allegationType(), allegationType);
        victimCount = merge(Classified.VICTIM_COUNT, rank, incoming.victimCount(), victimCount);
        minorInvolved = merge(Classified.MINOR_INVOLVED, rank, incoming.minorInvolved(), minorInvolved);
        investigatingEntity = merge(Classified.INVESTIGATING_ENTITY, rank, incoming.investigatingEntity(), investigatingEntity);
        String category = incoming.personnelCategory();
        if (category == null) {
            return;
        }
        if (!category.equals(personnelCategory) && rank >= rankOf(Classified.PERSONNEL_CATEGORY)) {
            // A nationality must never outlive the category it was given with.
            nationality = null;
            ranks.put(Classified.NATIONALITY, 0);
        }
        personnelCategory = merge(Classified.PERSONNEL_CATEGORY, rank, category, personnelCategory);
        if (category.equals(personnelCategory)) {
            nationality = merge(Classified.NATIONALITY, rank, disclosed(category, incoming.nationality()), nationality);
        }
    }

    /** The value of the highest stage that gave one; at equal stages, the later event's. */
    private <T> T merge(Classified field, int rank, T incoming, T current) {
        if (incoming == null || rank < rankOf(field)) {
            return current;
        }
        ranks.put(field, rank);
        return incoming;
    }

    private int rankOf(Classified field) {
        return ranks.getOrDefault(field, 0);
    }

    private static String disclosed(String personnelCategory, String nationality) {
        return isUniformed(personnelCategory) ? nationality : null;
    }

    private void preserve(EvidencePreserved preserved) {
        if (firstReport(evidencePreservedAt, preserved.preservedAt(), evidencePreservedWithinClock)) {
            evidencePreservedWithinClock = preserved.withinClock();
        }
        evidencePreservedAt = earliest(evidencePreservedAt, preserved.preservedAt());
    }

    /** Whether an outcome reported at {@code incoming} is the earliest report of it so far. */
    private static boolean firstReport(Instant current, Instant incoming, Object currentValue) {
        return currentValue == null || (incoming != null && (current == null || incoming.isBefore(current)));
    }

    private void register(String ageGroup) {
        victimsRegistered++;
        if ("MINOR".equals(ageGroup)) {
            minorVictims++;
        } else if ("ADULT".equals(ageGroup)) {
            adultVictims++;
        } else {
            unknownAgeVictims++;
        }
    }

    private static Instant earliest(Instant current, Instant incoming) {
        if (current == null) {
            return incoming;
        }
        return incoming == null || current.isBefore(incoming) ? current : incoming;
    }

    /** The fields that each stage of the process may classify anew. */
    enum Classified {
        MISSION, PERSONNEL_CATEGORY, NATIONALITY, ALLEGATION_TYPE, VICTIM_COUNT, MINOR_INVOLVED, INVESTIGATING_ENTITY
    }

    /** A victim's paternity claim as last updated; at equal times the greater status wins, so the order of arrival does not matter. */
    record PaternityClaim(String status, Instant updatedAt) {

        static PaternityClaim latest(PaternityClaim one, PaternityClaim other) {
            int byTime = java.util.Comparator.nullsFirst(Instant::compareTo).compare(one.updatedAt(), other.updatedAt());
            if (byTime != 0) {
                return byTime > 0 ? one : other;
            }
            return java.util.Comparator.nullsFirst(String::compareTo).compare(one.status(), other.status()) >= 0 ? one : other;
        }
    }

    private record Classification(int rank, String mission, String personnelCategory, String nationality,
                                  String allegationType, Integer victimCount, Boolean minorInvolved,
                                  String investigatingEntity) {
    }
}
