package org.misconduct.investigation.cases;

import java.util.Set;

/** An interim measure, and the personnel categories it can apply to. */
public enum InterimMeasureKind {
    /** Staff: international and national staff, UN Volunteers. */
    ADMINISTRATIVE_LEAVE_WITHOUT_PAY(Set.of("INT", "NS", "UNV")),
    /** Payments to the troop- or police-contributing country for its contingent. */
    PAYMENT_SUSPENSION(Set.of("MC", "FPU")),
    CONFINEMENT(null),
    REASSIGNMENT(null);

    private final Set<String> personnelCategories;

    InterimMeasureKind(Set<String> personnelCategories) {
        this.personnelCategories = personnelCategories;
    }

    public boolean appliesTo(String personnelCategory) {
        return personnelCategories == null || personnelCategories.contains(personnelCategory);
    }

    public Set<String> personnelCategories() {
        return personnelCategories == null ? Set.of() : personnelCategories;
    }
}
