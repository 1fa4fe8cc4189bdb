package org.misconduct.reporting;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.clocks.ClockBreached;
import org.misconduct.contracts.clocks.ClockExtended;
import org.misconduct.contracts.codes.Channel;
import org.misconduct.contracts.intake.AllegationAssessed;
import org.misconduct.contracts.intake.AllegationClosed;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.contracts.intake.NonUnForcesNotified;
import org.misconduct.contracts.investigation.ContingentFlagged;
import org.misconduct.contracts.investigation.ContingentRepatriated;
import org.misconduct.contracts.investigation.CriminalReferralMade;
import org.misconduct.contracts.investigation.CriminalReferralOutcomeRecorded;
import org.misconduct.contracts.investigation.DisciplinaryActionTaken;
import org.misconduct.contracts.investigation.EvidencePreserved;
import org.misconduct.contracts.investigation.InterimMeasureLifted;
import org.misconduct.contracts.investigation.InterimMeasureTaken;
import org.misconduct.contracts.investigation.InvestigationCompleted;
import org.misconduct.contracts.investigation.InvestigationOpened;
import org.misconduct.contracts.investigation.MemberStateActionRecorded;
import org.misconduct.contracts.investigation.MemberStateNotified;
import org.misconduct.contracts.investigation.MemberStateResponded;
import org.misconduct.contracts.investigation.NioAppointed;
import org.misconduct.contracts.investigation.SuspendedPaymentReleased;
import org.misconduct.contracts.investigation.SuspendedPaymentTransferred;
import org.misconduct.contracts.victimassistance.AssistanceDelivered;
import org.misconduct.contracts.victimassistance.PaternityClaimUpdated;
import org.misconduct.contracts.victimassistance.SharingConsentChanged;
import org.misconduct.contracts.victimassistance.VictimFirstContacted;
import org.misconduct.contracts.victimassistance.VictimRegistered;

/**
 * A seeded history of allegations as the three services would publish it: clocks met and breached,
 * findings, measures, payments, actions, victims and contingent repatriations. Events of one case keep
 * their order within a topic, as Kafka keeps it per key; across topics they arrive in any order.
 */
final class GeneratedHistory {

    static final List<String> MISSIONS = List.of("MINUSCA", "MONUSCO", "UNMISS", "MINUSMA", "UNIFIL", "UNMIK");
    static final List<String> CATEGORIES = List.of("INT", "NS", "UNV", "MC", "MO", "UNPOL", "FPU", "NON_UN");
    static final Set<String> UNIFORMED = Set.of("MC", "MO", "UNPOL", "FPU");
    static final List<String> NATIONALITIES = List.of("XAA", "XBB", "XCC", "XDD", "XEE");
    static final List<String> TYPES = List.of("SE", "SA", "SA", "OTHER_MISCONDUCT");
    static final List<String> ENTITIES = List.of("OIOS", "MISSION", "TCC", "PCC", "NIO");
    static final List<String> FINDINGS = List.of("SUBSTANTIATED", "SUBSTANTIATED", "NOT_SUBSTANTIATED", "CLOSED");
    static final List<String> ACTIONS = List.of("REPATRIATION", "DISMISSAL", "SEPARATION", "IMPRISONMENT", "DEMOTION", "FINE",
            "BARRED_FROM_FUTURE_SERVICE", "OTHER");
    static final List<String> AGE_GROUPS = List.of("ADULT", "ADULT", "MINOR", "UNKNOWN");
    static final List<String> CLAIM_STATUSES = List.of("FILED", "UNDER_REVIEW", "ESTABLISHED", "DISMISSED");
    static final List<Integer> YEARS = List.of(2023, 2024, 2025, 2026);
    static final List<String> CHANNELS = java.util.Arrays.stream(Channel.values()).map(Channel::name).toList();
    static final List<String> REFERRAL_STATUSES = List.of("UNDER_INVESTIGATION", "PROSECUTED", "CONVICTED", "ACQUITTED",
            "DECLINED", "NO_RESPONSE");
    static final List<String> CLOSURE_REASONS = List.of("NOT_UN_PERSONNEL", "INSUFFICIENT_INFORMATION", "DUPLICATE", "OUT_OF_SCOPE");

    /** One record as a topic carries it. */
    record Delivery(String topic, String key, String eventId, PublishedEvent event) {
    }

    final List<Delivery> deliveries = new ArrayList<>();
    /** Every distinct event, once. */
    final List<PublishedEvent> events = new ArrayList<>();

    private final Random random;
    private final Map<String, List<List<Delivery>>> casesByTopic = Map.of(
            Topics.INTAKE, new ArrayList<>(), Topics.INVESTIGATION, new ArrayList<>(), Topics.VICTIM_ASSISTANCE, new ArrayList<>());
    private final List<String> substantiatedUniformedCases = new ArrayList<>();
    private List<Delivery> intake;
    private List<Delivery> investigation;
    private List<Delivery> victims;

    private GeneratedHistory(long seed) {
        this.random = new Random(seed);
    }

    static GeneratedHistory generate(long seed, int allegations) {
        GeneratedHistory history = new GeneratedHistory(seed);
        for (int number = 1; number <= allegations; number++) {
            history.allegation(number);
        }
        history.contingents();
        history.interleave();
        return history;
    }

    /** Allegations numbered from {@code firstNumber}, without contingent decisions: a continuation of a history. */
    static GeneratedHistory continuation(long seed, int firstNumber, int allegations) {
        GeneratedHistory history = new GeneratedHistory(seed);
        for (int number = firstNumber; number < firstNumber + allegations; number++) {
            history.allegation(number);
        }
        history.interleave();
        return history;
    }

    private void allegation(int number) {
        intake = new ArrayList<>();
        investigation = new ArrayList<>();
        victims = new ArrayList<>();
        int year = pick(YEARS);
        Instant received = LocalDateTime.of(year, 1, 1, 0, 0).toInstant(ZoneOffset.UTC)
                .plusSeconds(random.nextInt(365 * 24 * 3600 - 30 * 24 * 3600));
        String ref = "ALG-%d-%06d".formatted(year, number);
        String mission = pick(MISSIONS);
        String category = pick(CATEGORIES);
        String nationality = pick(NATIONALITIES);
        String type = pick(TYPES);
        boolean sea = !type.equals("OTHER_MISCONDUCT");
        int victimCount = 1 + random.nextInt(3);
        boolean minor = random.nextInt(4) == 0;
        boolean knownAtRegistration = random.nextInt(3) > 0;
        // A complainant often names a category or nationality that intake's assessment does not confirm.
        boolean complaintDiffers = random.nextInt(4) == 0;
        String registeredCategory = knownAtRegistration ? (complaintDiffers ? pick(CATEGORIES) : category) : "UNKNOWN";
        intake(new AllegationRegistered(ref, mission, channel(number), registeredCategory,
                knownAtRegistration ? (complaintDiffers ? pick(NATIONALITIES) : nationality) : null, victimCount, minor, received));
        registerVictims(ref, received);
        int stage = random.nextInt(20);
        if (stage == 0) {
            if (registeredCategory.equals("NON_UN")) {
                nonUnNotification(ref, mission, received);
            }
            if (random.nextBoolean()) {
                intake(new AllegationClosed(ref, pick(CLOSURE_REASONS), received.plus(Duration.ofDays(1))));
            }
            flush();
            return;
        }
        intake(new AllegationAssessed(ref, type, sea ? "TRANSACTIONAL_SEX" : null, category, nationality, "UNIT-" + nationality,
                victimCount, minor, random.nextBoolean() ? "URGENT" : "NORMAL", received.plus(Duration.ofHours(5))));
        if (category.equals("NON_UN")) {
            nonUnNotification(ref, mission, received.plus(Duration.ofHours(5)));
        }
        if (stage == 1) {
            flush();
            return;
        }
        if (stage == 2) {
            intake(new AllegationClosed(ref, pick(CLOSURE_REASONS), received.plus(Duration.ofDays(2))));
            flush();
            return;
        }
        String entity = pick(ENTITIES);
        Instant referred = received.plus(Duration.ofDays(1 + random.nextInt(5)));
        intake(new AllegationReferred(ref, mission, type, null, category, nationality, "UNIT-" + nationality, victimCount, minor,
                "NORMAL", entity, received, referred));
        if (stage == 3) {
            flush();
            return;
        }
        Instant opened = referred.plus(Duration.ofHours(2));
        investigate(new InvestigationOpened(ref, mission, type, category, nationality, "NORMAL", entity, opened));
        if (sea) {
            evidence(ref, received);
        }
        if (UNIFORMED.contains(category)) {
            memberState(ref, nationality, category, opened);
        }
        List<InterimMeasureTaken> suspensions = measures(ref, category, nationality, opened);
        if (random.nextInt(10) < 7) {
            complete(ref, entity, category, nationality, opened, referred, suspensions);
        } else if (random.nextInt(3) == 0) {
            investigate(new ClockBreached(ref, "investigation", referred, referred.plus(Duration.ofDays(182)),
                    referred.plus(Duration.ofDays(182))));
        }
        flush();
    }

    /** Non-UN forces notified within their clock, late, or not at all; a later notification names another authority. */
    private void nonUnNotification(String ref, String mission, Instant started) {
        Instant due = started.plus(Duration.ofHours(24));
        switch (random.nextInt(5)) {
            case 0 -> intake(new ClockBreached(ref, "non-un-notification", started, due, due));
            case 1 -> {
                intake(new ClockBreached(ref, "non-un-notification", started, due, due));
                intake(new NonUnForcesNotified(ref, mission, due.plus(Duration.ofHours(6)), List.of("GOVERNMENT"), false));
            }
            case 2 -> { }
            default -> {
                Instant notified = started.plus(Duration.ofHours(1 + random.nextInt(22)));
                intake(new NonUnForcesNotified(ref, mission, notified, List.of("GOVERNMENT", "REGIONAL_ORGANIZATION"), true));
                if (random.nextInt(3) == 0) {
                    intake(new NonUnForcesNotified(ref, mission, notified.plus(Duration.ofDays(3)), List.of("REGIONAL_ORGANIZATION"), null));
                }
            }
        }
    }

    /**
     * The Member State's follow-through on a SUBSTANTIATED finding against its personnel, or against a subject of the
     * case who serves in its contingent ({@code nationality} then is the subject's, which the public row does not know).
     */
    private void memberStateAction(String ref, String nationality, Instant found) {
        Instant due = found.plus(Duration.ofDays(90));
        switch (random.nextInt(6)) {
            case 0 -> investigate(new ClockBreached(ref, "member-state-action", found, due, due));
            case 1 -> {
                investigate(new ClockBreached(ref, "member-state-action", found, due, due));
                investigate(new MemberStateActionRecorded(ref, nationality, "NO_ACTION", null, due.plus(Duration.ofDays(20)), false));
            }
            case 2 -> { }
            default -> {
                Instant recorded = found.plus(Duration.ofDays(1 + random.nextInt(88)));
                boolean reported = random.nextBoolean();
                investigate(new MemberStateActionRecorded(ref, nationality, "ACTION_TAKEN", reported ? null : pick(ACTIONS), recorded, true));
                if (random.nextInt(4) == 0) {
                    // A later report after the clock stopped is late, and changes nothing the first one said.
                    investigate(new MemberStateActionRecorded(ref, nationality, "ACTION_TAKEN", null, due.plus(Duration.ofDays(5)), false));
                }
            }
        }
    }

    /** What became of a criminal referral: nothing yet, or one or more outcomes, the later ones coming about later. */
    private void criminalReferralOutcomes(String ref, String authority, Instant referred) {
        int outcomes = random.nextInt(4);
        Instant at = referred;
        for (int outcome = 0; outcome < outcomes; outcome++) {
            at = at.plus(Duration.ofDays(10 + random.nextInt(200)));
            investigate(new CriminalReferralOutcomeRecorded(ref, authority, pick(REFERRAL_STATUSES), at, at.plus(Duration.ofDays(2))));
        }
    }

    private void evidence(String ref, Instant received) {
        Instant due = received.plus(Duration.ofHours(72));
        switch (random.nextInt(10)) {
            case 0, 1 -> {
                investigate(new ClockBreached(ref, "evidence-preservation", received, due, due));
                investigate(new EvidencePreserved(ref, due.plus(Duration.ofHours(10)), false));
            }
            case 2 -> investigate(new ClockBreached(ref, "evidence-preservation", received, due, due));
            case 3 -> {
                // Extended after its breach: reported within the new due time, the breach still counts.
                investigate(new ClockBreached(ref, "evidence-preservation", received, due, due));
                investigate(new ClockExtended(ref, "evidence-preservation", due, due.plus(Duration.ofHours(48)), due.plus(Duration.ofHours(1))));
                investigate(new EvidencePreserved(ref, due.plus(Duration.ofHours(20)), true));
            }
            case 4 -> { }
            default -> investigate(new EvidencePreserved(ref, received.plus(Duration.ofHours(1 + random.nextInt(70))), true));
        }
    }

    private void memberState(String ref, String nationality, String category, Instant opened) {
        Instant due = opened.plus(Duration.ofDays(14));
        investigate(new MemberStateNotified(ref, nationality, category, opened, due));
        boolean willInvestigate = random.nextBoolean();
        switch (random.nextInt(5)) {
            case 0 -> investigate(new ClockBreached(ref, "member-state-intent", opened, due, due));
            case 1 -> {
                investigate(new ClockBreached(ref, "member-state-intent", opened, due, due));
                investigate(new MemberStateResponded(ref, nationality, willInvestigate, false, due.plus(Duration.ofDays(3)), false));
            }
            case 2 -> { }
            default -> investigate(new MemberStateResponded(ref, nationality, willInvestigate, false,
                    opened.plus(Duration.ofDays(1 + random.nextInt(12))), true));
        }
        if (willInvestigate) {
            Instant nioDue = due.plus(Duration.ofDays(7));
            switch (random.nextInt(4)) {
                case 0 -> investigate(new ClockBreached(ref, "nio-appointment", due, nioDue, nioDue));
                case 1 -> investigate(new NioAppointed(ref, nationality, nioDue.plus(Duration.ofDays(2)), false));
                default -> investigate(new NioAppointed(ref, nationality, due.plus(Duration.ofDays(2)), true));
            }
        }
    }

    private List<InterimMeasureTaken> measures(String ref, String category, String nationality, Instant opened) {
        List<InterimMeasureTaken> suspensions = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            InterimMeasureTaken suspension = new InterimMeasureTaken(ref, new UUID(random.nextLong(), random.nextLong()).toString(), "PAYMENT_SUSPENSION",
                    category, nationality, BigDecimal.valueOf(1000 + random.nextInt(90_000), 2),
                    random.nextBoolean() ? "USD" : "EUR", opened.plus(Duration.ofDays(3)));
            investigate(suspension);
            suspensions.add(suspension);
        }
        if (random.nextInt(5) == 0) {
            InterimMeasureTaken leave = new InterimMeasureTaken(ref, new UUID(random.nextLong(), random.nextLong()).toString(), "ADMINISTRATIVE_LEAVE_WITHOUT_PAY",
                    category, nationality, null, null, opened.plus(Duration.ofDays(1)));
            investigate(leave);
            if (random.nextBoolean()) {
                investigate(new InterimMeasureLifted(ref, leave.measureId(), leave.kind(), opened.plus(Duration.ofDays(40))));
            }
        }
        return suspensions;
    }

    private void complete(String ref, String entity, String category, String nationality, Instant opened, Instant referred,
                          List<InterimMeasureTaken> suspensions) {
        long days = 10 + random.nextInt(380);
        boolean breached = days > 182;
        Instant completed = referred.plus(Duration.ofDays(days));
        if (breached) {
            investigate(new ClockBreached(ref, "investigation", referred, referred.plus(Duration.ofDays(182)),
                    referred.plus(Duration.ofDays(182))));
        }
        // Now and then a clock extended after its breach reports the finding as within it; the breach still counts.
        boolean withinClock = !breached || random.nextInt(10) == 0;
        String finding = pick(FINDINGS);
        investigate(new InvestigationCompleted(ref, finding, entity, opened, completed, days, withinClock));
        for (InterimMeasureTaken suspension : suspensions) {
            if (finding.equals("SUBSTANTIATED")) {
                investigate(new SuspendedPaymentTransferred(ref, suspension.measureId(), nationality, suspension.amount(),
                        suspension.currency(), completed.plus(Duration.ofDays(5))));
            } else {
                investigate(new SuspendedPaymentReleased(ref, suspension.measureId(), nationality, suspension.amount(),
                        suspension.currency(), completed.plus(Duration.ofDays(5))));
            }
        }
        if (!finding.equals("SUBSTANTIATED")) {
            return;
        }
        if (UNIFORMED.contains(category)) {
            substantiatedUniformedCases.add(ref);
            memberStateAction(ref, nationality, completed);
        } else if (random.nextInt(5) == 0) {
            memberStateAction(ref, pick(NATIONALITIES), completed);
        }
        int actions = random.nextInt(3);
        for (int action = 0; action < actions; action++) {
            investigate(new DisciplinaryActionTaken(ref, pick(ACTIONS), random.nextBoolean() ? "UN" : "MEMBER_STATE", category,
                    UNIFORMED.contains(category) ? nationality : null, completed.plus(Duration.ofDays(10 + action))));
        }
        if (random.nextInt(3) == 0) {
            String authority = random.nextBoolean() ? "HOST_STATE" : "SENDING_STATE";
            investigate(new CriminalReferralMade(ref, authority, completed.plus(Duration.ofDays(2))));
            criminalReferralOutcomes(ref, authority, completed.plus(Duration.ofDays(2)));
            if (random.nextInt(4) == 0) {
                String other = authority.equals("HOST_STATE") ? "SENDING_STATE" : "HOST_STATE";
                investigate(new CriminalReferralMade(ref, other, completed.plus(Duration.ofDays(4))));
                criminalReferralOutcomes(ref, other, completed.plus(Duration.ofDays(4)));
            }
        }
    }

    /** Every channel in turn, and now and then none: drawn from the number, so the rest of the history stays as seeded. */
    private static String channel(int number) {
        return number % 97 == 0 ? null : CHANNELS.get(number % CHANNELS.size());
    }

    private void registerVictims(String ref, Instant received) {
        int registered = random.nextInt(4);
        for (int number = 1; number <= registered; number++) {
            String victimId = ref + "-V" + number;
            Instant at = received.plus(Duration.ofDays(number));
            victim(new VictimRegistered(ref, victimId, pick(AGE_GROUPS), "FEMALE", at));
            switch (random.nextInt(6)) {
                case 0, 1, 2 -> {
                    victim(new AssistanceDelivered(ref, victimId, "MEDICAL", at.plus(Duration.ofHours(30))));
                    victim(new VictimFirstContacted(ref, victimId, at.plus(Duration.ofHours(30)), true));
                }
                case 3 -> {
                    victim(new ClockBreached(ref, "victim-first-contact", at, at.plus(Duration.ofHours(72)), at.plus(Duration.ofHours(72)),
                            victimId));
                    victim(new AssistanceDelivered(ref, victimId, "PSYCHOSOCIAL", at.plus(Duration.ofHours(90))));
                    victim(new VictimFirstContacted(ref, victimId, at.plus(Duration.ofHours(90)), false));
                }
                case 4 -> victim(new ClockBreached(ref, "victim-first-contact", at, at.plus(Duration.ofHours(72)),
                        at.plus(Duration.ofHours(72)), victimId));
                default -> { }
            }
            int claimUpdates = random.nextInt(8) == 0 ? 1 + random.nextInt(3) : 0;
            for (int update = 0; update < claimUpdates; update++) {
                victim(new PaternityClaimUpdated(ref, victimId, CLAIM_STATUSES.get(update + random.nextInt(2)),
                        at.plus(Duration.ofDays(30L * (update + 1)))));
            }
        }
        if (registered > 0 && random.nextInt(4) == 0) {
            victim(new SharingConsentChanged(ref, 1, received.plus(Duration.ofDays(5))));
        }
    }

    /** Contingents repatriated after substantiated allegations against their members, and a flag that changes no figure. */
    private void contingents() {
        List<String> cases = new ArrayList<>(substantiatedUniformedCases);
        Collections.shuffle(cases, random);
        List<Delivery> decisions = new ArrayList<>();
        for (int contingent = 0; contingent + 2 < cases.size() && contingent < 60; contingent += 3) {
            String id = "CONT-" + contingent;
            List<String> involved = List.copyOf(cases.subList(contingent, contingent + 1 + random.nextInt(2)));
            Instant decided = LocalDateTime.of(pick(YEARS), 1 + random.nextInt(12), 1, 12, 0).toInstant(ZoneOffset.UTC);
            decisions.add(record(Topics.INVESTIGATION, new ContingentFlagged(id, "MINUSCA", "XAA", "UNIT-XAA",
                    "REFERRED_SEA_ALLEGATIONS", involved, decided.minus(Duration.ofDays(20)))));
            decisions.add(record(Topics.INVESTIGATION, new ContingentRepatriated(id, "MINUSCA", "XAA", "UNIT-XAA", involved, decided)));
        }
        casesByTopic.get(Topics.INVESTIGATION).add(decisions);
    }

    private void interleave() {
        Map<String, Deque<Delivery>> queues = new java.util.LinkedHashMap<>();
        casesByTopic.forEach((topic, cases) -> {
            Collections.shuffle(cases, random);
            Deque<Delivery> queue = new ArrayDeque<>();
            cases.forEach(queue::addAll);
            queues.put(topic, queue);
        });
        List<String> topics = new ArrayList<>(queues.keySet());
        while (!topics.isEmpty()) {
            String topic = topics.get(random.nextInt(topics.size()));
            Delivery next = queues.get(topic).poll();
            if (next == null) {
                topics.remove(topic);
                continue;
            }
            deliveries.add(next);
            if (random.nextInt(50) == 0) {
                deliveries.add(next);
            }
        }
    }

    private void flush() {
        casesByTopic.get(Topics.INTAKE).add(intake);
        casesByTopic.get(Topics.INVESTIGATION).add(investigation);
        casesByTopic.get(Topics.VICTIM_ASSISTANCE).add(victims);
    }

    private void intake(PublishedEvent event) {
        intake.add(record(Topics.INTAKE, event));
    }

    private void investigate(PublishedEvent event) {
        investigation.add(record(Topics.INVESTIGATION, event));
    }

    private void victim(PublishedEvent event) {
        victims.add(record(Topics.VICTIM_ASSISTANCE, event));
    }

    private Delivery record(String topic, PublishedEvent event) {
        events.add(event);
        return new Delivery(topic, event.key(), new UUID(random.nextLong(), random.nextLong()).toString(), event);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
