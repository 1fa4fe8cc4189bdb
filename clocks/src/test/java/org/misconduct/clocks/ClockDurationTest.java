package org.misconduct.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

class ClockDurationTest {

    private static final Instant START = Instant.parse("2026-01-31T10:00:00Z");
    private static final WorkingCalendar CALENDAR = ClockPolicy.defaults().calendar();

    @Test
    void timeAmountsCountExactly() {
        assertThat(ClockDuration.of("PT72H").after(START, CALENDAR)).isEqualTo(Instant.parse("2026-02-03T10:00:00Z"));
    }

    @Test
    void calendarAmountsCountCalendarMonthsAndDaysInUtc() {
        assertThat(ClockDuration.of("P1M").after(START, CALENDAR)).isEqualTo(Instant.parse("2026-02-28T10:00:00Z"));
        assertThat(ClockDuration.of("p90d").after(START, CALENDAR)).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
    }

    @Test
    void workingDaysCountOnTheCalendar() {
        // Saturday the 31st: Monday 2 to Friday 6 February are the five working days.
        assertThat(ClockDuration.of("5 working days").after(START, CALENDAR)).isEqualTo(Instant.parse("2026-02-07T00:00:00Z"));
        assertThat(ClockDuration.of("1 Working Day")).hasToString("1 working day");
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> ClockDuration.of("ten days")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> ClockDuration.of("-PT1H")).isInstanceOf(IllegalArgumentException.class);
    }
}
