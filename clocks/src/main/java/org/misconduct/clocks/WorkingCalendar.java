package org.misconduct.clocks;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deployment's working days: weekend days and public holidays in the mission's time zone.
 *
 * @param weekendDays days of the week nobody works
 * @param holidays    dates nobody works
 * @param zone        where the days are counted
 */
public record WorkingCalendar(@DefaultValue({"SATURDAY", "SUNDAY"}) Set<DayOfWeek> weekendDays,
                              @DefaultValue List<LocalDate> holidays,
                              @DefaultValue("UTC") ZoneId zone) {

    public WorkingCalendar {
        weekendDays = Set.copyOf(weekendDays);
        holidays = List.copyOf(holidays);
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
