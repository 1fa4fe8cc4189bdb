package org.misconduct.intake.allegation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.misconduct.clocks.ClockDeadlines;
import org.misconduct.clocks.ClockDue;
import org.misconduct.clocks.ClockPolicy;
import org.misconduct.clocks.ClockState;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.domain.RuleViolation;

/**
 * The notification of the authorities answering for non-UN forces, a member of the allegation: the
 * {@code non-un-notification} clock runs from registration or assessment as {@code NON_UN} until the first
 * notification, and each authority is notified once.
 */
class NonUnNotification {

    private static final ClockName CLOCK = ClockName.NON_UN_NOTIFICATION;

    private ClockState clock;
    private final List<NotifiedAuthority> notified = new ArrayList<>();

    /** Static, so registration can start the clock before the allegation has any state. */
    static void startOnRegistration(String caseReference, PersonnelCategory category, Instant receivedAt, ClockPolicy policy,
                                    DeadlineManager deadlines) {
        if (category == PersonnelCategory.NON_UN) {
            start(caseReference, receivedAt, policy, deadlines);
        }
    }

    /** An assessment as NON_UN starts the clock unless it runs or notice was given; one otherwise withdraws it. */
    void assessed(String caseReference, PersonnelCategory category, Instant at, ClockPolicy policy, DeadlineManager deadlines) {
        boolean running = clock != null && clock.isRunning();
        if (category == PersonnelCategory.NON_UN && !running && notified.isEmpty()) {
            start(caseReference, at, policy, deadlines);
        } else if (category != PersonnelCategory.NON_UN && running && !clock.breached()) {
            ClockDeadlines.disarm(deadlines, CLOCK, clock);
            apply(new NonUnNotificationClockWithdrawn(caseReference, at));
        }
    }

    void notify(NotifyNonUnForces command, String mission, Instant now, DeadlineManager deadlines) {
        List<NotifiedAuthority> fresh = new ArrayList<>();
        for (NotifiedAuthority authority : command.authorities()) {
            if (notified.stream().noneMatch(authority::sameAs) && fresh.stream().noneMatch(authority::sameAs)) {
                fresh.add(authority);
            }
        }
        if (fresh.isEmpty()) {
            throw new RuleViolation("The authorities named for " + command.caseReference() + " were already notified");
        }
        Boolean withinClock = null;
        if (clock != null && clock.isRunning()) {
            withinClock = clock.metBy(now);
            ClockDeadlines.disarm(deadlines, CLOCK, clock);
        }
        apply(new NonUnForcesNotified(command.caseReference(), mission, null, now, List.copyOf(fresh), withinClock));
    }

    /** Recorded once: a clock already stopped, withdrawn or breached ignores its deadline. */
    void due(String caseReference, ClockDue due) {
        if (due.clock() == CLOCK && clock != null && clock.isDueFor(due.dueAt())) {
            apply(new NonUnNotificationClockBreached(caseReference, clock.startedAt(), clock.dueAt()));
        }
    }

    private static void start(String caseReference, Instant at, ClockPolicy policy, DeadlineManager deadlines) {
        Instant dueAt = policy.dueAt(CLOCK, at);
        apply(new NonUnNotificationClockStarted(caseReference, at, dueAt, ClockDeadlines.arm(deadlines, CLOCK, dueAt)));
    }

    @EventSourcingHandler
    void on(NonUnNotificationClockStarted event) {
        clock = ClockState.started(event.startedAt(), event.dueAt(), event.deadlineId());
    }

    @EventSourcingHandler
    void on(NonUnNotificationClockBreached event) {
        clock = clock.breach();
    }

    @EventSourcingHandler
    void on(NonUnNotificationClockWithdrawn event) {
        clock = clock.stoppedAt(event.withdrawnAt());
    }

    @EventSourcingHandler
    void on(NonUnForcesNotified event) {
        notified.addAll(event.named());
        if (clock != null && clock.isRunning()) {
            clock = clock.stoppedAt(event.notifiedAt());
        }
    }
}
