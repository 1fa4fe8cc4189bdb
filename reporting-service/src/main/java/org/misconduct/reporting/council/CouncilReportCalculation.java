package org.misconduct.reporting.council;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import org.misconduct.contracts.codes.ActionKind;
import org.misconduct.contracts.codes.AllegationType;
import org.misconduct.contracts.codes.Channel;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.Codes;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.contracts.codes.InterimMeasureKind;
import org.misconduct.reporting.council.CouncilFacts.CaseOutcome;

/**
 * Computes the Council report from its facts and keeps, for every figure, the cases behind it.
 *
 * <p>A clock is met only when the work was reported within it and the clock never breached: a
 * breach counts for good, even if the work was done later or the clock was extended.
 */
final class CouncilReportCalculation {

    static final String EVIDENCE_CLOCK = ClockName.EVIDENCE_PRESERVATION.wireName();
    static final String INVESTIGATION_CLOCK = ClockName.INVESTIGATION.wireName();
    static final String MEMBER_STATE_CLOCK = ClockName.MEMBER_STATE_INTENT.wireName();
    static final String NIO_CLOCK = ClockName.NIO_APPOINTMENT.wireName();
    static final String MEMBER_STATE_ACTION_CLOCK = ClockName.MEMBER_STATE_ACTION.wireName();
    static final String NON_UN_CLOCK = ClockName.NON_UN_NOTIFICATION.wireName();
    static final String SUBSTANTIATED = Finding.SUBSTANTIATED.name();
    static final String PAYMENT_SUSPENSION = InterimMeasureKind.PAYMENT_SUSPENSION.name();
    static final String REPATRIATION = ActionKind.REPATRIATION.name();
    static final String NO_CURRENCY = "XXX";

    private final CouncilFacts facts;
    private final Map<String, CouncilFacts.FollowThrough> followThrough = new LinkedHashMap<>();
    private final Map<String, Traced> traced = new LinkedHashMap<>();
    private CouncilReport report;

    private CouncilReportCalculation(CouncilFacts facts) {
        this.facts = facts;
        facts.followThrough().forEach(known -> followThrough.put(known.caseReference(), known));
    }

    static CouncilReportCalculation of(CouncilFacts facts) {
        CouncilReportCalculation calculation = new CouncilReportCalculation(facts);
        calculation.report = calculation.compute();
        return calculation;
    }

    CouncilReport report() {
        return report;
    }

    /** The cases behind a figure of this report, or null for an id the report does not hold. */
    FigureCases casesOf(String figureId) {
        Traced figure = traced.get(figureId);
        return figure == null ? null
                : new FigureCases(facts.year(), figureId, List.copyOf(figure.cases()), List.copyOf(figure.outOf()));
    }

    private CouncilReport compute() {
        List<CaseOutcome> cases = facts.cases();
        return new CouncilReport(
                facts.year(),
                count("allegations", cases(cases, outcome -> true)),
                clockShare("evidence-preserved-within-clock", cases.stream().filter(CouncilReportCalculation::isSea).toList(),
                        EVIDENCE_CLOCK, CaseOutcome::evidenceWithinClock),
                clockShare("investigations-completed-within-clock", cases.stream().filter(CaseOutcome::completed).toList(),
                        INVESTIGATION_CLOCK, CaseOutcome::investigationWithinClock),
                days("investigation-days-median", CouncilReportCalculation::median),
                days("investigation-days-p90", days -> nearestRank(days, 90)),
                clockShare("member-state-intent-within-clock", cases, MEMBER_STATE_CLOCK, CaseOutcome::memberStateWithinClock),
                clockShare("nio-appointment-within-clock", cases, NIO_CLOCK, CaseOutcome::nioWithinClock),
                count("open-breached-cases", cases(cases, outcome -> !concluded(outcome)
                        && !outcome.breachedClocks().isEmpty())),
                events("interim-measures", facts.measures(), CouncilFacts.Measure::caseReference, null, null),
                byKey(facts.measures(), CouncilFacts.Measure::kind).entrySet().stream()
                        .map(kind -> events("interim-measures." + kind.getKey(), kind.getValue(), CouncilFacts.Measure::caseReference,
                                kind.getKey(), null))
                        .toList(),
                payments("payments-suspended", facts.measures().stream().filter(measure -> PAYMENT_SUSPENSION.equals(measure.kind()))
                        .map(measure -> new CouncilFacts.Transfer(measure.caseReference(), measure.amount(), measure.currency())).toList()),
                payments("payments-transferred", facts.transfers()),
                finalActions(),
                events("repatriations.individual", facts.actions().stream().filter(action -> REPATRIATION.equals(action.kind())).toList(),
                        CouncilFacts.Action::caseReference, REPATRIATION, null),
                contingentRepatriations(),
                memberStates(cases),
                clockShare("member-state-actions-within-clock", cases, MEMBER_STATE_ACTION_CLOCK,
                        followedThrough(CouncilFacts.FollowThrough::memberStateActionWithinClock)),
                victimsFirstContacted(),
                clockShare("non-un-notifications-within-clock", cases, NON_UN_CLOCK,
                        followedThrough(CouncilFacts.FollowThrough::nonUnNotificationWithinClock)),
                criminalReferralOutcomes(),
                allegationsByChannel());
    }

    /** One row per Member State whose uniformed personnel an allegation of the year concerns. */
    private List<MemberStateFigures> memberStates(List<CaseOutcome> cases) {
        Map<String, List<CaseOutcome>> byNationality = new TreeMap<>();
        cases.forEach(outcome -> {
            CouncilFacts.FollowThrough known = followThrough.get(outcome.caseReference());
            if (known != null && known.nationality() != null) {
                byNationality.computeIfAbsent(known.nationality(), nationality -> new ArrayList<>()).add(outcome);
            }
        });
        List<MemberStateFigures> rows = new ArrayList<>();
        byNationality.forEach((nationality, ofState) -> {
            String prefix = "member-states." + nationality + ".";
            SortedSet<String> references = cases(ofState, outcome -> true);
            rows.add(new MemberStateFigures(nationality,
                    count(prefix + "allegations", references),
                    clockShare(prefix + "member-state-intent-within-clock", ofState, MEMBER_STATE_CLOCK, CaseOutcome::memberStateWithinClock),
                    clockShare(prefix + "nio-appointment-within-clock", ofState, NIO_CLOCK, CaseOutcome::nioWithinClock),
                    count(prefix + "substantiated", cases(ofState, outcome -> SUBSTANTIATED.equals(outcome.status()))),
                    clockShare(prefix + "member-state-action-within-clock", ofState, MEMBER_STATE_ACTION_CLOCK,
                            followedThrough(CouncilFacts.FollowThrough::memberStateActionWithinClock)),
                    events(prefix + "repatriations", facts.actions().stream()
                                    .filter(action -> REPATRIATION.equals(action.kind()) && references.contains(action.caseReference())).toList(),
                            CouncilFacts.Action::caseReference, REPATRIATION, null),
                    events(prefix + "payments-suspended", facts.measures().stream()
                                    .filter(measure -> PAYMENT_SUSPENSION.equals(measure.kind()) && references.contains(measure.caseReference()))
                                    .toList(),
                            CouncilFacts.Measure::caseReference, PAYMENT_SUSPENSION, null)));
        });
        return rows;
    }

    /** Counts victims, and lists the cases of the victims counted and of those measured. */
    private Figure victimsFirstContacted() {
        String id = "victims-first-contacted-within-clock";
        List<CouncilFacts.FollowThrough> known = List.copyOf(followThrough.values());
        SortedSet<String> met = new TreeSet<>();
        SortedSet<String> measured = new TreeSet<>();
        long contacted = 0;
        long outOf = 0;
        for (CouncilFacts.FollowThrough one : known) {
            contacted += one.victimsContactedWithinClock();
            outOf += one.victimsContactMeasured();
            if (one.victimsContactedWithinClock() > 0) {
                met.add(one.caseReference());
            }
            if (one.victimsContactMeasured() > 0) {
                measured.add(one.caseReference());
            }
        }
        traced.put(id, new Traced(met, measured));
        return new Figure(id, contacted, outOf, share(contacted, outOf), null, null, null, null, null, path(id));
    }

    /** Criminal referrals counted by their latest outcome. */
    private List<Figure> criminalReferralOutcomes() {
        List<String[]> referrals = new ArrayList<>();
        followThrough.values().forEach(known -> known.referralStatuses().forEach(status ->
                referrals.add(new String[] {known.caseReference(), status.substring(status.indexOf(':') + 1)})));
        List<Figure> figures = new ArrayList<>();
        byKey(referrals, referral -> referral[1]).forEach((status, withStatus) ->
                figures.add(events("criminal-referral-outcomes." + status, withStatus, referral -> referral[0], status, null)));
        return figures;
    }

    private Function<CaseOutcome, Boolean> followedThrough(Function<CouncilFacts.FollowThrough, Boolean> outcome) {
        return caseOutcome -> {
            CouncilFacts.FollowThrough known = followThrough.get(caseOutcome.caseReference());
            return known == null ? null : outcome.apply(known);
        };
    }

    private Figure clockShare(String id, List<CaseOutcome> concerned, String clock, Function<CaseOutcome, Boolean> withinClock) {
        SortedSet<String> measured = cases(concerned, outcome -> withinClock.apply(outcome) != null
                || outcome.breachedClocks().contains(clock));
        SortedSet<String> met = cases(concerned, outcome -> Boolean.TRUE.equals(withinClock.apply(outcome))
                && !outcome.breachedClocks().contains(clock));
        traced.put(id, new Traced(met, measured));
        return new Figure(id, (long) met.size(), (long) measured.size(), share(met.size(), measured.size()), null, null, null,
                null, null, path(id));
    }

    private Figure days(String id, Function<List<Long>, BigDecimal> statistic) {
        List<CaseOutcome> completed = facts.cases().stream().filter(outcome -> outcome.completed() && outcome.daysTaken() != null).toList();
        List<Long> days = completed.stream().map(CaseOutcome::daysTaken).sorted().toList();
        SortedSet<String> cases = cases(completed, outcome -> true);
        traced.put(id, new Traced(cases, new TreeSet<>()));
        return new Figure(id, (long) cases.size(), null, null, statistic.apply(days), null, null, null, null, path(id));
    }

    private Figure count(String id, SortedSet<String> cases) {
        traced.put(id, new Traced(cases, new TreeSet<>()));
        return new Figure(id, (long) cases.size(), null, null, null, null, null, null, null, path(id));
    }

    private <T> Figure events(String id, Collection<T> events, Function<T, String> caseOf, String kind, String by) {
        SortedSet<String> cases = new TreeSet<>();
        events.stream().map(caseOf).filter(Objects::nonNull).forEach(cases::add);
        traced.put(id, new Traced(cases, new TreeSet<>()));
        return new Figure(id, (long) events.size(), null, null, null, null, null, kind, by, path(id));
    }

    private List<Figure> payments(String prefix, List<CouncilFacts.Transfer> payments) {
        List<Figure> figures = new ArrayList<>();
        byKey(payments, payment -> Objects.requireNonNullElse(payment.currency(), NO_CURRENCY)).forEach((currency, inCurrency) -> {
            String id = prefix + "." + currency;
            SortedSet<String> cases = new TreeSet<>();
            inCurrency.forEach(payment -> cases.add(payment.caseReference()));
            BigDecimal amount = inCurrency.stream().map(CouncilFacts.Transfer::amount).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
            traced.put(id, new Traced(cases, new TreeSet<>()));
            figures.add(new Figure(id, (long) inCurrency.size(), null, null, null, amount.scale() < 0 ? amount.setScale(0) : amount,
                    currency, null, null, path(id)));
        });
        return figures;
    }

    private List<Figure> finalActions() {
        List<Figure> figures = new ArrayList<>();
        byKey(facts.actions(), action -> Objects.requireNonNullElse(action.kind(), ActionKind.OTHER.name()) + "."
                + Objects.requireNonNullElse(action.by(), Codes.NOT_RECORDED))
                .forEach((key, actions) -> {
                    String[] kindAndActor = key.split("\\.", 2);
                    figures.add(events("final-actions." + key, actions, CouncilFacts.Action::caseReference, kindAndActor[0], kindAndActor[1]));
                });
        return figures;
    }

    private Figure contingentRepatriations() {
        String id = "repatriations.contingents";
        SortedSet<String> cases = new TreeSet<>();
        facts.contingentDecisions().forEach(decision -> cases.addAll(decision.caseReferences()));
        traced.put(id, new Traced(cases, new TreeSet<>()));
        return new Figure(id, (long) facts.contingentDecisions().size(), null, null, null, null, null, REPATRIATION, null, path(id));
    }

    /** Every channel, also one no allegation of the year came by; then any code this build does not know. */
    private List<Figure> allegationsByChannel() {
        Map<String, String> channelOf = new HashMap<>();
        facts.channels().forEach(received -> channelOf.put(received.caseReference(), received.channel()));
        Map<String, SortedSet<String>> byChannel = new LinkedHashMap<>();
        Arrays.stream(Channel.values()).forEach(channel -> byChannel.put(channel.name(), new TreeSet<>()));
        facts.cases().forEach(outcome -> byChannel.computeIfAbsent(
                Objects.requireNonNullElse(channelOf.get(outcome.caseReference()), Codes.NOT_RECORDED),
                channel -> new TreeSet<>()).add(outcome.caseReference()));
        List<Figure> figures = new ArrayList<>();
        byChannel.forEach((channel, cases) -> {
            String id = "allegations.channel." + channel;
            traced.put(id, new Traced(cases, new TreeSet<>()));
            figures.add(new Figure(id, (long) cases.size(), null, null, null, null, null, channel, null, path(id)));
        });
        return figures;
    }

    private String path(String id) {
        return "/api/v1/council-reports/" + facts.year() + "/figures/" + id + "/cases";
    }

    private static SortedSet<String> cases(List<CaseOutcome> outcomes, Predicate<CaseOutcome> counted) {
        SortedSet<String> cases = new TreeSet<>();
        outcomes.stream().filter(counted).map(CaseOutcome::caseReference).forEach(cases::add);
        return cases;
    }

    private static <T> Map<String, List<T>> byKey(List<T> items, Function<T, String> key) {
        Map<String, List<T>> grouped = new TreeMap<>();
        items.forEach(item -> grouped.computeIfAbsent(Objects.requireNonNullElse(key.apply(item), Codes.NOT_RECORDED), k -> new ArrayList<>()).add(item));
        return grouped;
    }

    private static boolean isSea(CaseOutcome outcome) {
        return AllegationType.fromCode(outcome.allegationType()).map(AllegationType::isSexualExploitationOrAbuse).orElse(false);
    }

    private static boolean concluded(CaseOutcome outcome) {
        return Finding.fromCode(outcome.status()).isPresent();
    }

    static BigDecimal share(long count, long outOf) {
        return outOf == 0 ? null : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(outOf), 4, RoundingMode.HALF_UP);
    }

    /** The middle value, or the mean of the two middle values, of sorted days; null when there are none. */
    static BigDecimal median(List<Long> sortedDays) {
        int n = sortedDays.size();
        if (n == 0) {
            return null;
        }
        if (n % 2 == 1) {
            return BigDecimal.valueOf(sortedDays.get(n / 2));
        }
        return BigDecimal.valueOf(sortedDays.get(n / 2 - 1) + sortedDays.get(n / 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    }

    /** The smallest value with at least {@code percent}% of the values at or below it; null when there are none. */
    static BigDecimal nearestRank(List<Long> sortedDays, int percent) {
        int n = sortedDays.size();
        if (n == 0) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * n);
        return BigDecimal.valueOf(sortedDays.get(Math.max(rank, 1) - 1));
    }

    private record Traced(SortedSet<String> cases, SortedSet<String> outOf) {
    }
}
