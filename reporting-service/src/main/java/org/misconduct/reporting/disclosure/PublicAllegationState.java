package org.misconduct.reporting.disclosure;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.intake.AllegationAssessed;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.contracts.clocks.ClockBreached;
import org.misconduct.contracts.investigation.EvidencePreserved;
import org.misconduct.contracts.investigation.InvestigationOpened;
import org.misconduct.contracts.victimassistance.VictimRegistered;

/**
 * What the public may know of one allegation, merged from its published events.
 *
 * <p>Events of one case arrive in order per topic but in any order across topics, so every merge
 * gives the same result whatever the order: dates keep the earliest value, the status only moves
 * forward, and each classifying field keeps the value of the latest stage of the process
 * (registration, assessment, referral, investigation) that gave one: an earlier stage arriving
 * late only fills gaps.
 */
final class PublicAllegationState {

    /** The only personnel whose nationality is disclosed (A/70/357). */
    static final Set<String> UNIFORMED = Set.of("MC", "MO", "UNPOL", "FPU");
    static final String EVIDENCE_CLOCK = "evidence-preservation";

    private static final int REGISTRATION = 1;
    private static final int ASSESSMENT = 2;
    private static final int REFERRAL = 3;
    private static final int INVESTIGATION = 4;
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

    PublicAllegationState(String caseReference) {
        this.caseReference = caseReference;
    }

    static boolean concerns(PublishedEvent event) {
        return event.caseReference() != null && (event instanceof AllegationRegistered
                || event instanceof AllegationAssessed
                || event instanceof AllegationReferred
                || event instanceof InvestigationOpened
                || event instanceof EvidencePreserved
                || event instanceof ClockBreached
                || event instanceof VictimRegistered);
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
        }
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
        return UNIFORMED.contains(personnelCategory) ? nationality : null;
    }

    private void preserve(EvidencePreserved preserved) {
        boolean earlier = preserved.preservedAt() != null
                && (evidencePreservedAt == null || preserved.preservedAt().isBefore(evidencePreservedAt));
        if (evidencePreservedWithinClock == null || earlier) {
            evidencePreservedWithinClock = preserved.withinClock();
        }
        evidencePreservedAt = earliest(evidencePreservedAt, preserved.preservedAt());
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

    private static <T> T pick(boolean outranks, T incoming, T current) {
        if (outranks) {
            return incoming != null ? incoming : current;
        }
        return current != null ? current : incoming;
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

    private record Classification(int rank, String mission, String personnelCategory, String nationality,
                                  String allegationType, Integer victimCount, Boolean minorInvolved,
                                  String investigatingEntity) {
    }
}
