package org.misconduct.investigation.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.misconduct.investigation.clock.ClockBreached;
import org.misconduct.investigation.clock.ClockDue;
import org.misconduct.investigation.clock.ClockDuration;
import org.misconduct.investigation.clock.ClockName;
import org.misconduct.investigation.clock.ClockPolicy;
import org.misconduct.investigation.clock.ClockStarted;
import org.misconduct.investigation.clock.ClockStopped;
import org.misconduct.web.RuleViolation;

/**
 * An investigation case, opened by the referral of an allegation and run against its clocks.
 * Each clock is a durable deadline: if it is not stopped in time, its breach becomes an event.
 */
@Aggregate
class Case {

    @AggregateIdentifier
    private String caseReference;
    private final Map<ClockName, CaseClock> clocks = new EnumMap<>(ClockName.class);
    private boolean evidencePreserved;

    protected Case() {
        // for Axon: state is rebuilt from the events
    }

    @CommandHandler
    Case(OpenCase command, ClockPolicy policy, DeadlineManager deadlines, Clock clock) {
        Allegation allegation = command.allegation();
        apply(new CaseOpened(command.caseReference(), allegation, clock.instant()));
        if (allegation.allegationType().isSexualExploitationOrAbuse()) {
            start(command.caseReference(), ClockName.EVIDENCE_PRESERVATION, allegation.receivedAt(),
                    policy.evidencePreservation(), deadlines);
        }
        start(command.caseReference(), ClockName.INVESTIGATION, allegation.referredAt(),
                allegation.priority() == Priority.URGENT ? policy.urgentInvestigation() : policy.investigation(), deadlines);
    }

    @CommandHandler
    void handle(RecordEvidencePreserved command, DeadlineManager deadlines, Clock clock) {
        if (evidencePreserved) {
            throw new RuleViolation("Evidence of case " + caseReference + " is already recorded as preserved");
        }
        Instant now = clock.instant();
        CaseClock evidenceClock = clocks.get(ClockName.EVIDENCE_PRESERVATION);
        apply(new EvidencePreserved(caseReference, now, evidenceClock == null ? null : evidenceClock.metBy(now)));
        stop(ClockName.EVIDENCE_PRESERVATION, now, deadlines);
    }

    @DeadlineHandler
    void on(ClockDue due) {
        CaseClock clock = clocks.get(due.clock());
        if (clock != null && clock.isRunning() && !clock.breached()) {
            apply(new ClockBreached(caseReference, due.clock(), clock.startedAt(), clock.dueAt()));
        }
    }

    /** Takes the reference as an argument: in the creating handler, state is applied only once it returns. */
    private static void start(String caseReference, ClockName name, Instant startedAt, ClockDuration length,
                              DeadlineManager deadlines) {
        Instant dueAt = length.after(startedAt);
        String deadlineId = deadlines.schedule(dueAt, name.wireName(), new ClockDue(name));
        apply(new ClockStarted(caseReference, name, startedAt, dueAt, deadlineId));
    }

    private void stop(ClockName name, Instant at, DeadlineManager deadlines) {
        CaseClock clock = clocks.get(name);
        if (clock == null || !clock.isRunning()) {
            return;
        }
        deadlines.cancelSchedule(name.wireName(), clock.deadlineId());
        apply(new ClockStopped(caseReference, name, at, clock.metBy(at)));
    }

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseReference = event.caseReference();
    }

    @EventSourcingHandler
    void on(ClockStarted event) {
        clocks.put(event.clock(), CaseClock.started(event));
    }

    @EventSourcingHandler
    void on(ClockStopped event) {
        clocks.computeIfPresent(event.clock(), (name, clock) -> clock.stoppedAt(event.stoppedAt()));
    }

    @EventSourcingHandler
    void on(ClockBreached event) {
        clocks.computeIfPresent(event.clock(), (name, clock) -> clock.breach());
    }

    @EventSourcingHandler
    void on(EvidencePreserved event) {
        evidencePreserved = true;
    }
}
