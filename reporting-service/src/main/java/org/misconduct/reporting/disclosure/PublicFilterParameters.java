package org.misconduct.reporting.disclosure;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.web.ApiProblems.FieldProblem;

/** The public filter as given in request parameters, checked field by field. */
record PublicFilterParameters(String year, String mission, String nationality, String personnelCategory, String status) {

    /** Asks for allegations of every year where a year would otherwise default to the current one. */
    static final String ALL_YEARS = "all";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern NATIONALITY = Pattern.compile("[A-Za-z]{3}");
    private static final int MAX_MISSION_LENGTH = 64;

    /**
     * @param defaultYear the year when none is given (null: every year)
     * @param errors      collects a problem per bad field; the filter returned is then meaningless
     */
    PublicFilter filter(Integer defaultYear, List<FieldProblem> errors) {
        return new PublicFilter(yearOf(defaultYear, errors), missionOf(errors), nationalityOf(errors), categoryOf(errors),
                statusOf(errors));
    }

    private Integer yearOf(Integer defaultYear, List<FieldProblem> errors) {
        if (blank(year)) {
            return defaultYear;
        }
        if (year.trim().equalsIgnoreCase(ALL_YEARS)) {
            return null;
        }
        if (!YEAR.matcher(year.trim()).matches()) {
            errors.add(new FieldProblem("year", "must be a four-digit year or " + ALL_YEARS));
            return null;
        }
        return Integer.valueOf(year.trim());
    }

    private String missionOf(List<FieldProblem> errors) {
        if (blank(mission)) {
            return null;
        }
        if (mission.length() > MAX_MISSION_LENGTH) {
            errors.add(new FieldProblem("mission", "must be at most " + MAX_MISSION_LENGTH + " characters"));
        }
        return mission.trim();
    }

    private String nationalityOf(List<FieldProblem> errors) {
        if (blank(nationality)) {
            return null;
        }
        if (!NATIONALITY.matcher(nationality.trim()).matches()) {
            errors.add(new FieldProblem("nationality", "must be an ISO 3166-1 alpha-3 code"));
        }
        return nationality.trim().toUpperCase(Locale.ROOT);
    }

    private String categoryOf(List<FieldProblem> errors) {
        if (blank(personnelCategory)) {
            return null;
        }
        String category = personnelCategory.trim().toUpperCase(Locale.ROOT);
        if (PersonnelCategory.fromCode(category).isEmpty()) {
            errors.add(new FieldProblem("personnelCategory", "must be one of "
                    + String.join(", ", Arrays.stream(PersonnelCategory.values()).map(Enum::name).sorted().toList())));
        }
        return category;
    }

    private AllegationStatus statusOf(List<FieldProblem> errors) {
        if (blank(status)) {
            return null;
        }
        try {
            return AllegationStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldProblem("status", "must be one of " + List.of(AllegationStatus.values())));
            return null;
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
