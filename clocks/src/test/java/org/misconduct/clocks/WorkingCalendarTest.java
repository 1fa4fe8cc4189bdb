package org.misconduct.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final Instant FRIDAY_AFTERNOON = Instant.parse("2026-11-20T14:00:00Z");

    @Test
    void tenWorkingDaysSkipTwoWeekendsAndEndAtMidnight() {
        assertThat(calendar(Map.of()).endOfWorkingDaysAfter(FRIDAY_AFTERNOON, 10)).isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
    }

    @Test
    void aConfiguredHolidayIsNoWorkingDay() {
        WorkingCalendar calendar = calendar(Map.of("holidays", "2026-12-01"));
        assertThat(calendar.endOfWorkingDaysAfter(FRIDAY_AFTERNOON, 10)).isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
    }

    @Test
    void aDeploymentMayRestOnFridayAndSaturday() {
        WorkingCalendar calendar = calendar(Map.of("weekend-days", "FRIDAY,SATURDAY"));
        // Thursday the 19th: Sun 22, Mon 23, Tue 24, Wed 25, Thu 26 are the five working days.
        assertThat(calendar.endOfWorkingDaysAfter(Instant.parse("2026-11-19T10:00:00Z"), 5))
                .isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
    }

    @Test
    void daysAreCountedInTheDeploymentsZone() {
        WorkingCalendar calendar = calendar(Map.of("zone", "Africa/Bangui"));
        // 23:30 UTC on Friday is already Saturday in Bangui (UTC+1); Monday is the first working day after it.
        assertThat(calendar.endOfWorkingDaysAfter(Instant.parse("2026-11-20T23:30:00Z"), 1))
                .isEqualTo(Instant.parse("2026-11-23T23:00:00Z"));
    }

    private static WorkingCalendar calendar(Map<String, String> settings) {
        Map<String, String> prefixed = new java.util.HashMap<>();
        settings.forEach((key, value) -> prefixed.put("misconduct.clocks.calendar." + key, value));
        return ClockPolicy.of(prefixed).calendar();
    }
}
