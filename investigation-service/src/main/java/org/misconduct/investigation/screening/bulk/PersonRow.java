package org.misconduct.investigation.screening.bulk;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.misconduct.investigation.identifiers.BlindIndexes;
import org.misconduct.investigation.identifiers.PersonIdentifiers;
import org.misconduct.investigation.screening.Screening;
import org.misconduct.web.ApiProblems.FieldProblem;

/**
 * One row of an uploaded list read as a person's identifiers, under the same rules as a single check's: the same
 * field limits, and at least one identifier a record could match on. Its faults are named by row and column, never
 * with the value written.
 */
final class PersonRow {

    static final List<String> COLUMNS = List.of("serviceNumber", "fullName", "dateOfBirth", "nationalId", "unIndexNumber");

    /** The faults found so far in a list, up to a most listed. */
    static final class Problems {
        private final List<FieldProblem> found = new ArrayList<>();
        private final int most;

        Problems(int most) {
            this.most = most;
        }

        void add(int row, String field, String message) {
            if (!full()) {
                found.add(new FieldProblem("rows[" + row + "]" + (field.isEmpty() ? "" : "." + field), message));
            }
        }

        int count() {
            return found.size();
        }

        boolean full() {
            return found.size() >= most;
        }

        boolean none() {
            return found.isEmpty();
        }

        List<FieldProblem> list() {
            return List.copyOf(found);
        }
    }

    private final BlindIndexes blindIndexes;
    private final Validator validator;

    PersonRow(BlindIndexes blindIndexes, Validator validator) {
        this.blindIndexes = blindIndexes;
        this.validator = validator;
    }

    /** The person of the row, or nothing when the row has faults (then added to {@code problems}). */
    Optional<PersonToScreen> read(int row, Map<String, String> values, Problems problems) {
        int before = problems.count();
        PersonIdentifiers identifiers = new PersonIdentifiers(text(values, "fullName"), date(row, values, problems),
                text(values, "nationalId"), text(values, "serviceNumber"), text(values, "unIndexNumber"));
        for (ConstraintViolation<PersonIdentifiers> violation : validator.validate(identifiers)) {
            problems.add(row, violation.getPropertyPath().toString(), violation.getMessage());
        }
        List<String> indexes = blindIndexes.of(identifiers);
        if (indexes.isEmpty() && problems.count() == before) {
            problems.add(row, "", Screening.NOTHING_TO_MATCH);
        }
        return problems.count() == before ? Optional.of(new PersonToScreen(row, indexes)) : Optional.empty();
    }

    private static LocalDate date(int row, Map<String, String> values, Problems problems) {
        String written = text(values, "dateOfBirth");
        if (written == null) {
            return null;
        }
        try {
            return LocalDate.parse(written);
        } catch (DateTimeParseException unreadable) {
            problems.add(row, "dateOfBirth", "must be an ISO date (YYYY-MM-DD)");
            return null;
        }
    }

    private static String text(Map<String, String> values, String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
