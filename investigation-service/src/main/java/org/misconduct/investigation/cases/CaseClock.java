package org.misconduct.investigation.cases;

import java.time.Instant;

import org.misconduct.investigation.clock.ClockStarted;

/** A clock's state inside the case aggregate. */
record CaseClock(Instant startedAt, Instant dueAt, String deadlineId, Instant stoppedAt, boolean breached) {

    static CaseClock started(ClockStarted event) {
        return new CaseClock(event.startedAt(), event.dueAt(), event.deadlineId(), null, false);
    }

    boolean isRunning() {
        return stoppedAt == null;
    }

    /** Whether work done at {@code at} meets this clock; once breached, nothing does. */
    boolean metBy(Instant at) {
        return !breached && !at.isAfter(dueAt);
    }

    /** Whether a deadline armed for {@code armedFor} still stands for this clock (an extension re-arms it). */
    boolean isDueFor(Instant armedFor) {
        return isRunning() && !breached && (armedFor == null || armedFor.equals(dueAt));
    }

    CaseClock stoppedAt(Instant at) {
        return new CaseClock(startedAt, dueAt, deadlineId, at, breached);
    }

    CaseClock breach() {
        return new CaseClock(startedAt, dueAt, deadlineId, stoppedAt, true);
    }

    CaseClock extendedTo(Instant newDueAt, String newDeadlineId) {
        return new CaseClock(startedAt, newDueAt, newDeadlineId, stoppedAt, breached);
    }
}
