package org.misconduct.clocks;

import java.time.Instant;

import org.axonframework.deadline.DeadlineManager;
import org.misconduct.contracts.codes.ClockName;

/** A clock's durable deadline, named after the clock, armed when it starts and disarmed when it stops. */
public final class ClockDeadlines {

    private ClockDeadlines() {
    }

    /** @return the armed deadline's id */
    public static String arm(DeadlineManager deadlines, ClockName clock, Instant dueAt) {
        return deadlines.schedule(dueAt, clock.wireName(), new ClockDue(clock, dueAt));
    }

    public static void disarm(DeadlineManager deadlines, ClockName clock, ClockState state) {
        if (state.deadlineId() != null) {
            deadlines.cancelSchedule(clock.wireName(), state.deadlineId());
        }
    }

    /**
     * Moves the deadline of an extended clock to {@code dueAt}. A clock that has breached has nothing armed and
     * stays so: its breach is recorded once.
     *
     * @return the new deadline's id, or {@code null} when nothing is armed
     */
    public static String rearm(DeadlineManager deadlines, ClockName clock, ClockState state, Instant dueAt) {
        if (state.breached()) {
            return null;
        }
        disarm(deadlines, clock, state);
        return arm(deadlines, clock, dueAt);
    }
}
