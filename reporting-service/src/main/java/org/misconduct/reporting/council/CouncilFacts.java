package org.misconduct.reporting.council;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** What the Council report of one year is computed from, as the projections hold it. */
record CouncilFacts(int year, List<CaseOutcome> cases, List<Measure> measures, List<Transfer> transfers,
                    List<Action> actions, List<ContingentDecision> contingentDecisions, List<FollowThrough> followThrough,
                    List<CaseChannel> channels) {

    CouncilFacts(int year, List<CaseOutcome> cases, List<Measure> measures, List<Transfer> transfers, List<Action> actions,
                 List<ContingentDecision> contingentDecisions) {
        this(year, cases, measures, transfers, actions, contingentDecisions, List.of(), List.of());
    }

    /**
     * What followed one allegation of the year beyond its investigation. {@code nationality} is the disclosed one
     * (uniformed personnel only); a {@code withinClock} is null while its clock has no outcome reported; victims count
     * those first contacted within their clock, and those whose first contact has an outcome (contacted, or
     * their clock breached); {@code referralStatuses} hold {@code AUTHORITY:STATUS}.
     */
    record FollowThrough(String caseReference, String nationality, Boolean memberStateActionWithinClock,
                         Boolean nonUnNotificationWithinClock, int victimsContactedWithinClock, int victimsContactMeasured,
                         List<String> referralStatuses) {
    }

    /** One allegation received in the year; a {@code withinClock} is null while its clock has no outcome reported. */
    record CaseOutcome(String caseReference, String allegationType, String status, Set<String> breachedClocks,
                       Boolean evidenceWithinClock, Long daysTaken, Boolean investigationWithinClock,
                       boolean completed, Boolean memberStateWithinClock, Boolean nioWithinClock) {
    }

    record Measure(String caseReference, String kind, BigDecimal amount, String currency) {
    }

    record Transfer(String caseReference, BigDecimal amount, String currency) {
    }

    record Action(String caseReference, String kind, String by) {
    }

    record ContingentDecision(String contingentId, List<String> caseReferences) {
    }

    /** How an allegation was received; null when its registration named no channel. */
    record CaseChannel(String caseReference, String channel) {
    }
}
