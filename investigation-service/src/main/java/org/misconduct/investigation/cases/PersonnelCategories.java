package org.misconduct.investigation.cases;

import java.util.Set;

/** Personnel categories whose Member State is asked whether it will investigate. */
final class PersonnelCategories {

    private static final Set<String> MEMBER_STATE_INVESTIGATES = Set.of("MC", "FPU", "MO", "UNPOL");

    private PersonnelCategories() {
    }

    static boolean memberStateInvestigates(String personnelCategory) {
        return MEMBER_STATE_INVESTIGATES.contains(personnelCategory);
    }
}
