package org.misconduct.clocks;

import java.time.Instant;

import org.misconduct.domain.RuleViolation;

/**
 * One clock's state inside the aggregate that runs it. A clock starts with a due time and a durable deadline,
 * stops when the work it measures is done, breaches once if its deadline fires first, and may be extended for a
 * reason while it runs. A clock never pauses, and a breach stays a breach whatever happens after it.
 *
 * @param deadlineId the armed durable deadline; {@code null} once nothing is armed (breached before an extension)
 */
public record ClockState(Instant startedAt, Instant dueAt, String deadlineId, Instant stoppedAt, boolean breached) {

    public static ClockState started(Instant startedAt, Instant dueAt, String deadlineId) {
        return new ClockState(startedAt, dueAt, deadlineId, null, false);
    }

    public boolean isRunning() {
        return stoppedAt == null;
    }

    /** Whether work done at {@code at} meets this clock; once breached, nothing does. */
    public boolean metBy(Instant at) {
        return !breached && !at.isAfter(dueAt);
    }

    /** Whether a deadline armed for {@code armedFor} still stands for this clock (an extension re-arms it). */
    public boolean isDueFor(Instant armedFor) {
        return isRunning() && !breached && (armedFor == null || armedFor.equals(dueAt));
    }

    /**
     * The new due time of an extension to {@code until}, or {@code by} an amount after the current due time.
     *
     * @throws RuleViolation when the clock has stopped, the new time is not later, or no reason is given
     */
    public Instant extendedDue(String clockName, Instant until, ClockDuration by, WorkingCalendar calendar, String reason) {
        if (!isRunning()) {
            throw new RuleViolation("The " + clockName + " clock has stopped; only a running clock is extended");
        }
        Instant extended = until != null ? until : by.after(dueAt, calendar);
        if (!extended.isAfter(dueAt)) {
            throw new RuleViolation("An extension moves the due time later than " + dueAt);
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("An extension records its reason");
        }
        return extended;
    }

    public ClockState stoppedAt(Instant at) {
        return new ClockState(startedAt, dueAt, deadlineId, at, breached);
    }

    public ClockState breach() {
        return new ClockState(startedAt, dueAt, deadlineId, stoppedAt, true);
    }

    public ClockState extendedTo(Instant newDueAt, String newDeadlineId) {
        return new ClockState(startedAt, newDueAt, newDeadlineId, stoppedAt, breached);
    }
}
