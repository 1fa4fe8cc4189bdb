package org.misconduct.reporting.council;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** What the Council report of one year is computed from, as the projections hold it. */
record CouncilFacts(int year, List<CaseOutcome> cases, List<Measure> measures, List<Transfer> transfers,
                    List<Action> actions, List<ContingentDecision> contingentDecisions,
                    List<CaseChannel> channels) {

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
