package org.misconduct.reporting.disclosure;

import java.util.ArrayList;
import java.util.List;

/** Which allegations to disclose; every criterion is optional (null: any). The mission matches regardless of case. */
record PublicFilter(Integer year, String mission, String nationality, String personnelCategory, AllegationStatus status) {

    static final PublicFilter EVERYTHING = new PublicFilter(null, null, null, null, null);

    PublicFilter withYear(Integer year) {
        return new PublicFilter(year, mission, nationality, personnelCategory, status);
    }

    /** The SQL condition, starting with " WHERE " unless empty, and its arguments in order. */
    Condition condition() {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (year != null) {
            conditions.add("received_year = ?");
            arguments.add(year);
        }
        if (mission != null) {
            conditions.add("upper(mission) = upper(?)");
            arguments.add(mission);
        }
        if (nationality != null) {
            // Only a disclosed nationality can be asked for.
            conditions.add("nationality = ? AND personnel_category IN ('MC', 'MO', 'UNPOL', 'FPU')");
            arguments.add(nationality);
        }
        if (personnelCategory != null) {
            conditions.add("personnel_category = ?");
            arguments.add(personnelCategory);
        }
        if (status != null) {
            conditions.add("status = ?");
            arguments.add(status.name());
        }
        return new Condition(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), arguments.toArray());
    }

    record Condition(String sql, Object[] arguments) {
    }
}
