package org.misconduct.intake.webform;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Times on the pages: the reader's own way of writing a date, always in UTC and saying so. */
final class PageDates {

    private PageDates() {
    }

    static String format(Instant instant, Locale language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language)
                .withZone(ZoneOffset.UTC)
                .format(instant) + " UTC";
    }
}
