package org.misconduct.reporting.disclosure;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Public allegations as RFC 4180 CSV: a header row with the JSON field names, in the same order,
 * CRLF line ends, and fields quoted when they hold a comma, a quote or a line break.
 */
final class PublicAllegationCsv {

    private static final RecordComponent[] COLUMNS = PublicAllegation.class.getRecordComponents();
    private static final String LINE_END = "\r\n";
    private static final String LIST_SEPARATOR = ";";

    private PublicAllegationCsv() {
    }

    static String header() {
        return Arrays.stream(COLUMNS).map(RecordComponent::getName).collect(Collectors.joining(",")) + LINE_END;
    }

    static String line(PublicAllegation allegation) {
        return Arrays.stream(COLUMNS).map(column -> field(valueOf(column, allegation))).collect(Collectors.joining(",")) + LINE_END;
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Collection<?> values
                ? values.stream().map(String::valueOf).collect(Collectors.joining(LIST_SEPARATOR))
                : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            // Spreadsheets would run such a field as a formula; the file is public and opened anywhere.
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static Object valueOf(RecordComponent column, PublicAllegation allegation) {
        try {
            return column.getAccessor().invoke(allegation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + column.getName(), e);
        }
    }
}
