package org.misconduct.reporting.disclosure;

import java.util.List;
import java.util.regex.Pattern;

import org.misconduct.web.ApiProblems.FieldProblem;

/** One page of the public order: {@code page} counts from 0, {@code size} rows each. */
record PublicSlice(int page, int size) {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    long offset() {
        return (long) page * size;
    }

    /**
     * The page asked for in request parameters, checked field by field.
     *
     * @param defaultSize the size when only a page is given, or when neither is and {@code whole} is false
     * @param whole       whether a request without page and size asks for every row (null is returned then)
     * @param errors      collects a problem per bad field; the slice returned is then meaningless
     */
    static PublicSlice of(String page, String size, int defaultSize, int maxSize, boolean whole, List<FieldProblem> errors) {
        if (PublicFilterParameters.blank(page) && PublicFilterParameters.blank(size) && whole) {
            return null;
        }
        int number = 0;
        if (!PublicFilterParameters.blank(page)) {
            if (NUMBER.matcher(page.trim()).matches()) {
                number = Integer.parseInt(page.trim());
            } else {
                errors.add(new FieldProblem("page", "must be a whole number from 0"));
            }
        }
        int rows = Math.min(defaultSize, maxSize);
        if (!PublicFilterParameters.blank(size)) {
            if (NUMBER.matcher(size.trim()).matches() && Integer.parseInt(size.trim()) >= 1
                    && Integer.parseInt(size.trim()) <= maxSize) {
                rows = Integer.parseInt(size.trim());
            } else {
                errors.add(new FieldProblem("size", "must be a whole number from 1 to " + maxSize));
            }
        }
        return new PublicSlice(number, rows);
    }
}
