package org.misconduct.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.misconduct.domain.RuleViolation;

class ClockStateTest {

    private static final Instant START = Instant.parse("2026-11-20T14:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-23T14:00:00Z");
    private static final WorkingCalendar CALENDAR = ClockPolicy.defaults().calendar();

    private final ClockState running = ClockState.started(START, DUE, "deadline-1");

    @Test
    void workDoneByTheDueTimeMeetsTheClock() {
        assertThat(running.metBy(DUE)).isTrue();
        assertThat(running.metBy(DUE.plusSeconds(1))).isFalse();
    }

    @Test
    void onceBreachedNothingMeetsTheClock() {
        assertThat(running.breach().metBy(START)).isFalse();
    }

    @Test
    void aDeadlineStandsOnlyForTheDueTimeItWasArmedFor() {
        assertThat(running.isDueFor(DUE)).isTrue();
        assertThat(running.isDueFor(null)).isTrue();
        assertThat(running.extendedTo(DUE.plusSeconds(60), "deadline-2").isDueFor(DUE)).isFalse();
        assertThat(running.stoppedAt(DUE).isDueFor(DUE)).isFalse();
        assertThat(running.breach().isDueFor(DUE)).isFalse();
    }

    @Test
    void anExtensionMovesTheDueTimeLaterForAReason() {
        assertThat(running.extendedDue("investigation", null, ClockDuration.of("P10D"), CALENDAR, "witness abroad"))
                .isEqualTo(Instant.parse("2026-12-03T14:00:00Z"));
        assertThat(running.extendedDue("investigation", null, ClockDuration.of("2 working days"), CALENDAR, "witness abroad"))
                .isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
        Instant until = DUE.plusSeconds(3600);
        assertThat(running.extendedDue("investigation", until, null, CALENDAR, "witness abroad")).isEqualTo(until);
    }

    @Test
    void anExtensionNeedsARunningClockALaterTimeAndAReason() {
        assertThatThrownBy(() -> running.stoppedAt(DUE).extendedDue("investigation", DUE.plusSeconds(1), null, CALENDAR, "late"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("has stopped");
        assertThatThrownBy(() -> running.extendedDue("investigation", DUE, null, CALENDAR, "same time"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("later than");
        assertThatThrownBy(() -> running.extendedDue("investigation", DUE.plusSeconds(1), null, CALENDAR, " "))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reason");
    }
}
