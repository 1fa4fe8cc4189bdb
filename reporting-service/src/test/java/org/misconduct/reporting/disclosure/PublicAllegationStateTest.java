package org.misconduct.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.clocks.ClockBreached;
import org.misconduct.contracts.intake.AllegationAssessed;
import org.misconduct.contracts.intake.AllegationClosed;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.contracts.investigation.CriminalReferralMade;
import org.misconduct.contracts.investigation.DisciplinaryActionTaken;
import org.misconduct.contracts.investigation.EvidencePreserved;
import org.misconduct.contracts.investigation.InterimMeasureTaken;
import org.misconduct.contracts.investigation.InvestigatingEntityChanged;
import org.misconduct.contracts.investigation.InvestigationCompleted;
import org.misconduct.contracts.investigation.InvestigationOpened;
import org.misconduct.contracts.investigation.MemberStateResponded;
import org.misconduct.contracts.investigation.NioAppointed;
import org.misconduct.contracts.victimassistance.PaternityClaimUpdated;
import org.misconduct.contracts.victimassistance.VictimRegistered;

class PublicAllegationStateTest {

    private static final String REF = "ALG-2025-000007";
    private static final Instant RECEIVED = Instant.parse("2025-03-01T08:00:00Z");
    private static final Instant REFERRED = Instant.parse("2025-03-04T10:00:00Z");
    private static final Instant OPENED = Instant.parse("2025-03-05T09:00:00Z");

    private static final AllegationRegistered REGISTERED =
            new AllegationRegistered(REF, "MINUSCA", "WEB", "UNKNOWN", null, 1, false, RECEIVED);
    private static final AllegationAssessed ASSESSED = new AllegationAssessed(REF, "SA", "SEXUAL_ASSAULT", "MC", "XAA",
            "XAA-BATT-1", 2, true, "URGENT", Instant.parse("2025-03-02T09:00:00Z"));
    private static final AllegationReferred REFERRAL = new AllegationReferred(REF, "MINUSCA", "SA", "SEXUAL_ASSAULT", "MC",
            "XAA", "XAA-BATT-1", 2, true, "URGENT", "OIOS", RECEIVED, REFERRED);
    private static final InvestigationOpened OPENING =
            new InvestigationOpened(REF, "MINUSCA", "SA", "MC", "XAA", "URGENT", "OIOS", OPENED);
    private static final EvidencePreserved PRESERVED =
            new EvidencePreserved(REF, Instant.parse("2025-03-05T12:00:00Z"), false);
    private static final ClockBreached BREACH = new ClockBreached(REF, "evidence-preservation", RECEIVED,
            RECEIVED.plusSeconds(72 * 3600), RECEIVED.plusSeconds(72 * 3600));
    private static final VictimRegistered VICTIM =
            new VictimRegistered(REF, "V-1", "MINOR", "FEMALE", Instant.parse("2025-03-06T09:00:00Z"));

    @Test
    void everyOrderOfArrivalGivesTheSameAllegation() {
        List<PublishedEvent> events = List.of(REGISTERED, ASSESSED, REFERRAL, OPENING, PRESERVED, BREACH, VICTIM);
        Set<List<Object>> outcomes = new HashSet<>();
        for (List<PublishedEvent> order : permutations(events)) {
            outcomes.add(snapshot(stateAfter(order)));
        }
        assertThat(outcomes).containsExactly(snapshot(stateAfter(events)));

        PublicAllegationState state = stateAfter(events);
        assertThat(state.status).isEqualTo(AllegationStatus.UNDER_INVESTIGATION);
        assertThat(state.mission).isEqualTo("MINUSCA");
        assertThat(state.personnelCategory).isEqualTo("MC");
        assertThat(state.nationality).isEqualTo("XAA");
        assertThat(state.allegationType).isEqualTo("SA");
        assertThat(state.victimCount).isEqualTo(2);
        assertThat(state.minorInvolved).isTrue();
        assertThat(state.investigatingEntity).isEqualTo("OIOS");
        assertThat(state.receivedAt).isEqualTo(RECEIVED);
        assertThat(state.referredAt).isEqualTo(REFERRED);
        assertThat(state.investigationOpenedAt).isEqualTo(OPENED);
        assertThat(state.evidencePreservedWithinClock).isFalse();
        assertThat(state.breachedClocks).containsExactly("evidence-preservation");
        assertThat(state.victimsRegistered).isEqualTo(1);
        assertThat(state.minorVictims).isEqualTo(1);
        assertThat(state.receivedYear()).isEqualTo(2025);
        assertThat(state.receivedMonth()).isEqualTo(3);
    }

    @Test
    void aCaseHandedToOiosShowsOiosWhateverTheOrder() {
        AllegationReferred toNio = new AllegationReferred(REF, "MINUSCA", "SA", "SEXUAL_ASSAULT", "MC",
                "XAA", "XAA-BATT-1", 2, true, "URGENT", "NIO", RECEIVED, REFERRED);
        InvestigationOpened openedForNio = new InvestigationOpened(REF, "MINUSCA", "SA", "MC", "XAA", "URGENT", "NIO", OPENED);
        InvestigatingEntityChanged toOios = new InvestigatingEntityChanged(REF, "NIO", "OIOS", "MEMBER_STATE_DECLINED",
                OPENED.plusSeconds(86_400));
        List<PublishedEvent> events = List.of(REGISTERED, toNio, openedForNio, toOios);
        Set<String> entities = new HashSet<>();
        for (List<PublishedEvent> order : permutations(events)) {
            entities.add(stateAfter(order).investigatingEntity);
        }
        assertThat(entities).containsExactly("OIOS");
    }

    @Test
    void theStatusFollowsTheProcessAndNeverGoesBack() {
        PublicAllegationState state = new PublicAllegationState(REF);
        state.apply(REGISTERED);
        assertThat(state.status).isEqualTo(AllegationStatus.RECEIVED);
        state.apply(ASSESSED);
        assertThat(state.status).isEqualTo(AllegationStatus.UNDER_ASSESSMENT);
        state.apply(REFERRAL);
        assertThat(state.status).isEqualTo(AllegationStatus.REFERRED);
        state.apply(OPENING);
        assertThat(state.status).isEqualTo(AllegationStatus.UNDER_INVESTIGATION);

        PublicAllegationState lateIntake = stateAfter(List.of(OPENING, REFERRAL, ASSESSED, REGISTERED));
        assertThat(lateIntake.status).isEqualTo(AllegationStatus.UNDER_INVESTIGATION);
    }

    @Test
    void theNationalityOfCiviliansIsNeverKept() {
        AllegationRegistered civilian = new AllegationRegistered(REF, "UNMISS", "HOTLINE", "NS", "XBB", 1, false, RECEIVED);
        assertThat(stateAfter(List.of(civilian)).nationality).isNull();

        AllegationRegistered claimedSoldier = new AllegationRegistered(REF, "UNMISS", "WEB", "MC", "XAA", 1, false, RECEIVED);
        AllegationAssessed assessedCivilian = new AllegationAssessed(REF, "OTHER_MISCONDUCT", null, "NS", "XBB", null, 1, false,
                "NORMAL", RECEIVED.plusSeconds(3600));
        for (List<PublishedEvent> order : permutations(List.<PublishedEvent>of(claimedSoldier, assessedCivilian))) {
            PublicAllegationState state = stateAfter(order);
            assertThat(state.personnelCategory).isEqualTo("NS");
            assertThat(state.nationality).as("nationality after %s", order).isNull();
        }
    }

    @Test
    void theComplaintsCategoryAndNationalityAreNeverKept() {
        AllegationRegistered withNationality = new AllegationRegistered(REF, "MINUSCA", "WEB", "FPU", "XCC", 1, false, RECEIVED);
        PublicAllegationState complaintOnly = stateAfter(List.of(withNationality));
        assertThat(complaintOnly.personnelCategory).isNull();
        assertThat(complaintOnly.nationality).isNull();

        AllegationAssessed withoutNationality = new AllegationAssessed(REF, "SE", null, "FPU", null, null, 1, false, "NORMAL",
                RECEIVED.plusSeconds(3600));
        for (List<PublishedEvent> order : permutations(List.<PublishedEvent>of(withNationality, withoutNationality))) {
            PublicAllegationState state = stateAfter(order);
            assertThat(state.personnelCategory).isEqualTo("FPU");
            assertThat(state.nationality).as("nationality after %s", order).isNull();
        }
    }

    @Test
    void anAllegationIsDisclosedOnceIntakeHasAssessedIt() {
        assertThat(stateAfter(List.of(REGISTERED, VICTIM, BREACH)).disclosed()).isFalse();
        assertThat(stateAfter(List.of(REGISTERED, ASSESSED)).disclosed()).isTrue();
        assertThat(stateAfter(List.of(OPENING)).disclosed()).as("an investigation follows an assessment").isTrue();
        assertThat(stateAfter(List.of(REFERRAL)).disclosed()).isTrue();
    }

    @Test
    void aClosureAsNotUnPersonnelDuplicateOrOutOfScopeWithdrawsTheRowWhateverTheOrder() {
        for (String reason : List.of("NOT_UN_PERSONNEL", "DUPLICATE", "OUT_OF_SCOPE")) {
            AllegationClosed closed = new AllegationClosed(REF, reason, RECEIVED.plusSeconds(7200));
            for (List<PublishedEvent> order : permutations(List.<PublishedEvent>of(REGISTERED, ASSESSED, closed))) {
                PublicAllegationState state = stateAfter(order);
                assertThat(state.disclosed()).as("%s after %s", reason, order).isFalse();
                assertThat(state.closureReason).isEqualTo(reason);
            }
        }
        AllegationClosed insufficient = new AllegationClosed(REF, "INSUFFICIENT_INFORMATION", RECEIVED.plusSeconds(7200));
        assertThat(stateAfter(List.of(REGISTERED, ASSESSED, insufficient)).disclosed()).isTrue();
        assertThat(stateAfter(List.of(REGISTERED, insufficient)).disclosed()).as("never assessed").isFalse();
    }

    @Test
    void victimsAreCountedByAgeGroup() {
        PublicAllegationState state = stateAfter(List.of(VICTIM,
                new VictimRegistered(REF, "V-2", "ADULT", "FEMALE", RECEIVED),
                new VictimRegistered(REF, "V-3", "UNKNOWN", "UNKNOWN", RECEIVED),
                new VictimRegistered(REF, "V-4", null, null, RECEIVED)));
        assertThat(state.victimsRegistered).isEqualTo(4);
        assertThat(state.minorVictims).isEqualTo(1);
        assertThat(state.adultVictims).isEqualTo(1);
        assertThat(state.unknownAgeVictims).isEqualTo(2);
    }

    @Test
    void beforeTheRegistrationArrivesTheYearComesFromTheCaseReference() {
        PublicAllegationState state = stateAfter(List.of(OPENING));
        assertThat(state.receivedYear()).isEqualTo(2025);
        assertThat(state.receivedMonth()).isNull();
        assertThat(new PublicAllegationState("legacy-42").receivedYear()).isNull();
    }

    @Test
    void concernsOnlyEventsAboutAnAllegation() {
        assertThat(PublicAllegationState.concerns(REGISTERED)).isTrue();
        assertThat(PublicAllegationState.concerns(new VictimRegistered(null, "V-1", "ADULT", "MALE", RECEIVED))).isFalse();
    }

    @Test
    void outcomesGiveTheSameAllegationWhateverTheOrder() {
        List<PublishedEvent> events = new ArrayList<>(List.of(REGISTERED, ASSESSED, REFERRAL, OPENING, PRESERVED, BREACH, VICTIM,
                new InvestigationCompleted(REF, "SUBSTANTIATED", "NIO", OPENED, Instant.parse("2025-06-05T09:00:00Z"), 93, true),
                new InterimMeasureTaken(REF, "M-1", "PAYMENT_SUSPENSION", "MC", "XAA", java.math.BigDecimal.TEN, "USD", OPENED),
                new DisciplinaryActionTaken(REF, "REPATRIATION", "MEMBER_STATE", "MC", "XAA", Instant.parse("2025-07-01T00:00:00Z")),
                new DisciplinaryActionTaken(REF, "IMPRISONMENT", "MEMBER_STATE", "MC", "XAA", Instant.parse("2025-08-01T00:00:00Z")),
                new CriminalReferralMade(REF, "SENDING_STATE", Instant.parse("2025-06-10T00:00:00Z")),
                new MemberStateResponded(REF, "XAA", true, false, Instant.parse("2025-03-10T00:00:00Z"), true),
                new NioAppointed(REF, "XAA", Instant.parse("2025-03-20T00:00:00Z"), false),
                new PaternityClaimUpdated(REF, "V-1", "FILED", Instant.parse("2025-04-01T00:00:00Z")),
                new PaternityClaimUpdated(REF, "V-1", "ESTABLISHED", Instant.parse("2025-09-01T00:00:00Z"))));
        List<Object> expected = outcome(stateAfter(events));
        java.util.Random random = new java.util.Random(7);
        for (int shuffle = 0; shuffle < 300; shuffle++) {
            java.util.Collections.shuffle(events, random);
            assertThat(outcome(stateAfter(events))).as("after %s", events).isEqualTo(expected);
        }
        PublicAllegationState state = stateAfter(events);
        assertThat(state.status).isEqualTo(AllegationStatus.SUBSTANTIATED);
        assertThat(state.investigatingEntity).isEqualTo("NIO");
        assertThat(state.daysTaken).isEqualTo(93L);
        assertThat(state.finalActions).containsExactly("IMPRISONMENT", "REPATRIATION");
        assertThat(state.interimActions).containsExactly("PAYMENT_SUSPENSION");
        assertThat(state.criminalReferrals).containsExactly("SENDING_STATE");
        assertThat(PaternityClaim.statusesOf(state.paternityClaims.values())).containsExactly("ESTABLISHED");
        assertThat(state.memberStateWithinClock).isTrue();
        assertThat(state.nioWithinClock).isFalse();
    }

    @Test
    void anAllegationClosedAtIntakeIsClosed() {
        PublicAllegationState state = stateAfter(List.of(new AllegationClosed(REF, "DUPLICATE", RECEIVED.plusSeconds(60)), REGISTERED, ASSESSED));
        assertThat(state.status).isEqualTo(AllegationStatus.CLOSED);
    }

    private static List<Object> outcome(PublicAllegationState state) {
        List<Object> outcome = new ArrayList<>(snapshot(state));
        outcome.addAll(java.util.Arrays.asList(state.finding, state.daysTaken, state.completedAt, state.investigationWithinClock,
                state.memberStateRespondedAt, state.memberStateWithinClock, state.nioAppointedAt, state.nioWithinClock,
                List.copyOf(state.interimActions), List.copyOf(state.finalActions), List.copyOf(state.criminalReferrals),
                Map.copyOf(state.paternityClaims)));
        return outcome;
    }

    private static PublicAllegationState stateAfter(List<? extends PublishedEvent> events) {
        PublicAllegationState state = new PublicAllegationState(REF);
        events.forEach(state::apply);
        return state;
    }

    private static List<Object> snapshot(PublicAllegationState state) {
        return java.util.Arrays.asList(state.status, state.assessed, state.closureReason, state.disclosed(), Map.copyOf(state.ranks.asMap()), state.receivedAt, state.mission,
                state.personnelCategory, state.nationality, state.allegationType, state.victimCount, state.minorInvolved,
                state.investigatingEntity, state.referredAt, state.investigationOpenedAt, state.evidencePreservedAt,
                state.evidencePreservedWithinClock, List.copyOf(state.breachedClocks), state.victimsRegistered,
                state.minorVictims, state.adultVictims, state.unknownAgeVictims);
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T first = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> permutation = new ArrayList<>();
                permutation.add(first);
                permutation.addAll(tail);
                all.add(permutation);
            }
        }
        return all;
    }
}
