package org.misconduct.clocks;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clock's length as policy writes it: a time amount ({@code PT72H}), a calendar amount ({@code P6M},
 * {@code P90D}, counted in UTC) in ISO-8601, or a number of working days ({@code 10 working days}) counted on
 * the deployment's {@link WorkingCalendar}.
 */
public final class ClockDuration {

    private static final Pattern WORKING_DAYS = Pattern.compile("(\\d+) WORKING DAYS?");

    private final String text;
    private final Duration time;
    private final Period calendar;
    private final int workingDays;

    private ClockDuration(String text, Duration time, Period calendar, int workingDays) {
        this.text = text;
        this.time = time;
        this.calendar = calendar;
        this.workingDays = workingDays;
    }

    /**
     * Also how configuration binding reads a duration.
     *
     * @throws java.time.format.DateTimeParseException when {@code text} is none of the three forms
     * @throws IllegalArgumentException                when the amount is not positive
     */
    public static ClockDuration of(String text) {
        String value = text.trim().toUpperCase(Locale.ROOT);
        Matcher workingDays = WORKING_DAYS.matcher(value);
        ClockDuration duration;
        if (workingDays.matches()) {
            duration = new ClockDuration(value.toLowerCase(Locale.ROOT), null, null, Integer.parseInt(workingDays.group(1)));
        } else if (value.contains("T")) {
            duration = new ClockDuration(value, Duration.parse(value), null, 0);
        } else {
            duration = new ClockDuration(value, null, Period.parse(value), 0);
        }
        duration.requirePositive();
        return duration;
    }

    /** When a clock of this length that started at {@code start} falls due. */
    public Instant after(Instant start, WorkingCalendar calendar) {
        if (time != null) {
            return start.plus(time);
        }
        if (this.calendar != null) {
            return start.atZone(ZoneOffset.UTC).plus(this.calendar).toInstant();
        }
        return calendar.endOfWorkingDaysAfter(start, workingDays);
    }

    private void requirePositive() {
        boolean positive = time != null ? !time.isNegative() && !time.isZero()
                : calendar != null ? !calendar.isNegative() && !calendar.isZero()
                : workingDays > 0;
        if (!positive) {
            throw new IllegalArgumentException("A clock runs for a positive amount of time, not " + text);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
