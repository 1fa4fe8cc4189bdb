package org.misconduct.investigation.clock;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The deployment's working days: weekend days and public holidays in the mission's time zone.
 *
 * @param weekendDays days of the week nobody works (default Saturday and Sunday)
 * @param holidays    dates nobody works
 * @param zone        where the days are counted (default UTC)
 */
public record WorkingCalendar(Set<DayOfWeek> weekendDays, List<LocalDate> holidays, ZoneId zone) {

    public WorkingCalendar {
        weekendDays = weekendDays == null ? Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY) : Set.copyOf(weekendDays);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        zone = zone == null ? ZoneId.of("UTC") : zone;
    }

    public static WorkingCalendar defaults() {
        return new WorkingCalendar(null, null, null);
    }

    public boolean isWorkingDay(LocalDate date) {
        return !weekendDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /**
     * The end of the {@code workingDays}-th working day after the day of {@code start}: an answer is in
     * time if it comes before the start of the next day.
     */
    public Instant endOfWorkingDaysAfter(Instant start, int workingDays) {
        LocalDate day = start.atZone(zone).toLocalDate();
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
