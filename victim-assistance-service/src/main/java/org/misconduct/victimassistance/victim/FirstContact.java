package org.misconduct.victimassistance.victim;

import java.time.Instant;

import org.misconduct.victimassistance.clock.FirstContactClockStarted;

/** The first-contact clock's state inside the victim aggregate. */
record FirstContact(Instant startedAt, Instant dueAt, String deadlineId, Instant stoppedAt, boolean breached) {

    static FirstContact started(FirstContactClockStarted event) {
        return new FirstContact(event.startedAt(), event.dueAt(), event.deadlineId(), null, false);
    }

    boolean isRunning() {
        return stoppedAt == null;
    }

    /** Whether assistance delivered at {@code at} meets the clock; once breached, nothing does. */
    boolean metBy(Instant at) {
        return !breached && !at.isAfter(dueAt);
    }

    FirstContact stoppedAt(Instant at) {
        return new FirstContact(startedAt, dueAt, deadlineId, at, breached);
    }

    FirstContact breach() {
        return new FirstContact(startedAt, dueAt, deadlineId, stoppedAt, true);
    }
}
