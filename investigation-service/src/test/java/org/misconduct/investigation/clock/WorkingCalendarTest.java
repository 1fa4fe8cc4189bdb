package org.misconduct.investigation.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final Instant FRIDAY_AFTERNOON = Instant.parse("2026-11-20T14:00:00Z");

    @Test
    void tenWorkingDaysSkipTwoWeekendsAndEndAtMidnight() {
        assertThat(WorkingCalendar.defaults().endOfWorkingDaysAfter(FRIDAY_AFTERNOON, 10))
                .isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
    }

    @Test
    void aConfiguredHolidayIsNoWorkingDay() {
        WorkingCalendar calendar = new WorkingCalendar(null, List.of(LocalDate.parse("2026-12-01")), null);
        assertThat(calendar.endOfWorkingDaysAfter(FRIDAY_AFTERNOON, 10)).isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
    }

    @Test
    void aDeploymentMayRestOnFridayAndSaturday() {
        WorkingCalendar calendar = new WorkingCalendar(Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), null, null);
        // Thursday the 19th: Sun 22, Mon 23, Tue 24, Wed 25, Thu 26 are the five working days.
        assertThat(calendar.endOfWorkingDaysAfter(Instant.parse("2026-11-19T10:00:00Z"), 5))
                .isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
    }

    @Test
    void daysAreCountedInTheDeploymentsZone() {
        WorkingCalendar calendar = new WorkingCalendar(null, null, ZoneId.of("Africa/Bangui"));
        // 23:30 UTC on Friday is already Saturday in Bangui (UTC+1); Monday is the first working day after it.
        assertThat(calendar.endOfWorkingDaysAfter(Instant.parse("2026-11-20T23:30:00Z"), 1))
                .isEqualTo(Instant.parse("2026-11-23T23:00:00Z"));
    }
}
