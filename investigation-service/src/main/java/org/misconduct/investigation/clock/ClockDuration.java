package org.misconduct.investigation.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * A clock's length as policy writes it in ISO-8601: a time amount ({@code PT72H}) or a calendar
 * amount ({@code P6M}, {@code P90D}); calendar amounts are counted in UTC.
 */
public final class ClockDuration {

    private final String iso;
    private final Duration time;
    private final Period calendar;

    private ClockDuration(String iso, Duration time, Period calendar) {
        this.iso = iso;
        this.time = time;
        this.calendar = calendar;
    }

    /** Used by configuration binding. */
    public static ClockDuration of(String iso) {
        String value = iso.trim().toUpperCase(java.util.Locale.ROOT);
        if (value.contains("T")) {
            return new ClockDuration(value, Duration.parse(value), null);
        }
        return new ClockDuration(value, null, Period.parse(value));
    }

    public Instant after(Instant start) {
        return time != null ? start.plus(time) : start.atZone(ZoneOffset.UTC).plus(calendar).toInstant();
    }

    @Override
    public String toString() {
        return iso;
    }
}
