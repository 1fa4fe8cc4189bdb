package org.misconduct.investigation.clocks;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.misconduct.clocks.ClockDeadlines;
import org.misconduct.clocks.ClockDue;
import org.misconduct.clocks.ClockPolicy;
import org.misconduct.clocks.ClockState;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.domain.NotFound;

/**
 * The clocks a case runs against, each a durable deadline: started, stopped when its work is done, breached once
 * if its deadline fires first, extended for a recorded reason. A member of the case aggregate.
 */
public class CaseClocks {

    private final Map<ClockName, ClockState> clocks = new EnumMap<>(ClockName.class);

    /** Static, so the handler that creates a case can start clocks before the case has any state. */
    public static void start(String caseReference, ClockName name, Instant startedAt, Instant dueAt, DeadlineManager deadlines) {
        apply(new ClockStarted(caseReference, name, startedAt, dueAt, ClockDeadlines.arm(deadlines, name, dueAt)));
    }

    public void stop(String caseReference, ClockName name, Instant at, DeadlineManager deadlines) {
        ClockState clock = clocks.get(name);
        if (clock == null || !clock.isRunning()) {
            return;
        }
        ClockDeadlines.disarm(deadlines, name, clock);
        apply(new ClockStopped(caseReference, name, at, clock.metBy(at)));
    }

    /** Whether work done at {@code at} meets the named clock; empty when the case runs no such clock. */
    public Optional<Boolean> met(ClockName name, Instant at) {
        return Optional.ofNullable(clocks.get(name)).map(clock -> clock.metBy(at));
    }

    public void extend(ExtendClock command, ClockPolicy policy, Instant now, DeadlineManager deadlines) {
        ClockState running = clocks.get(command.clock());
        if (running == null) {
            throw new NotFound("Case " + command.caseReference() + " runs no " + command.clock().wireName() + " clock");
        }
        Instant until = running.extendedDue(command.clock().wireName(), command.until(), command.by(), policy.calendar(),
                command.reason());
        String deadlineId = ClockDeadlines.rearm(deadlines, command.clock(), running, until);
        apply(new ClockExtended(command.caseReference(), command.clock(), running.dueAt(), until, command.reason(), now,
                deadlineId));
    }

    /**
     * Records the breach of a clock whose deadline fired, once: a clock already stopped, breached or extended
     * ignores a deadline armed for another due time.
     *
     * @return the breached clock, empty when nothing breached
     */
    public Optional<ClockState> breach(String caseReference, ClockDue due) {
        ClockState clock = clocks.get(due.clock());
        if (clock == null || !clock.isDueFor(due.dueAt())) {
            return Optional.empty();
        }
        apply(new ClockBreached(caseReference, due.clock(), clock.startedAt(), clock.dueAt()));
        return Optional.of(clock);
    }

    /** Once a finding is recorded, the clocks still running have nothing left to measure. */
    public void disarmAll(DeadlineManager deadlines) {
        clocks.forEach((name, clock) -> {
            if (clock.isRunning() && !clock.breached()) {
                ClockDeadlines.disarm(deadlines, name, clock);
            }
        });
    }

    @EventSourcingHandler
    void on(ClockStarted event) {
        clocks.put(event.clock(), ClockState.started(event.startedAt(), event.dueAt(), event.deadlineId()));
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
    void on(ClockExtended event) {
        clocks.computeIfPresent(event.clock(), (name, clock) -> clock.extendedTo(event.dueAt(), event.deadlineId()));
    }
}
