package org.misconduct.contracts.codes;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** An interim measure while an investigation runs, and the personnel it can apply to. */
public enum InterimMeasureKind {
    /** For UN staff and volunteers. */
    ADMINISTRATIVE_LEAVE_WITHOUT_PAY(PersonnelCategory::unStaff),
    /** Of payments to the troop- or police-contributing country for its contingent. */
    PAYMENT_SUSPENSION(PersonnelCategory::servesInContingent),
    CONFINEMENT(null),
    REASSIGNMENT(null);

    /** {@code null} for a measure open to every category, an unknown one included. */
    private final Predicate<PersonnelCategory> restrictedTo;

    InterimMeasureKind(Predicate<PersonnelCategory> restrictedTo) {
        this.restrictedTo = restrictedTo;
    }

    public boolean appliesTo(PersonnelCategory category) {
        return restrictedTo == null || category != null && restrictedTo.test(category);
    }

    /** The categories this measure can apply to, for messages. */
    public List<PersonnelCategory> personnelCategories() {
        return Arrays.stream(PersonnelCategory.values()).filter(this::appliesTo).toList();
    }
}
