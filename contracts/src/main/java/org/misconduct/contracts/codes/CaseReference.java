package org.misconduct.contracts.codes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifier of an allegation across every service: {@code ALG-YYYY-NNNNNN}, numbered per year of receipt.
 *
 * @param year   the year of receipt (UTC)
 * @param number the allegation's number within its year, from 1
 */
public record CaseReference(int year, int number) {

    /** The form as a regular expression, for request validation. */
    public static final String PATTERN = "ALG-\\d{4}-\\d{6}";
    /** What a request validation says when a value is not a case reference. */
    public static final String FORM = "must be a case reference ALG-YYYY-NNNNNN";

    private static final Pattern PARTS = Pattern.compile("ALG-(\\d{4})-(\\d{6})");

    public CaseReference {
        if (year < 1000 || year > 9999 || number < 1 || number > 999_999) {
            throw new IllegalArgumentException("A case reference has a four-digit year and a number from 1 to 999999");
        }
    }

    /** Empty when {@code text} is not a case reference. */
    public static Optional<CaseReference> parse(String text) {
        Matcher parts = text == null ? null : PARTS.matcher(text);
        if (parts == null || !parts.matches() || Integer.parseInt(parts.group(2)) == 0) {
            return Optional.empty();
        }
        return Optional.of(new CaseReference(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2))));
    }

    // Called for every event and every row a case touches: concatenation, not a format string, which costs far more.
    @Override
    public String toString() {
        String digits = Integer.toString(number);
        return "ALG-" + year + "-" + "000000".substring(digits.length()) + digits;
    }
}
