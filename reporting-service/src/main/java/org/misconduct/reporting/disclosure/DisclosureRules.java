package org.misconduct.reporting.disclosure;

import java.util.EnumSet;
import java.util.Set;

import org.misconduct.contracts.codes.ClosureReason;
import org.misconduct.contracts.codes.Codes;
import org.misconduct.contracts.codes.PersonnelCategory;

/**
 * Whether the public sees an allegation, and its nationality (A/70/357 and the disclosure table): an allegation
 * is public once intake has assessed it, unless intake closed it as no allegation to count; a nationality is
 * public for uniformed personnel only.
 */
final class DisclosureRules {

    /** Closures that say the report is not an allegation to count: its public row is withdrawn. */
    static final Set<ClosureReason> WITHDRAWING = EnumSet.of(ClosureReason.NOT_UN_PERSONNEL, ClosureReason.DUPLICATE,
            ClosureReason.OUT_OF_SCOPE);

    private DisclosureRules() {
    }

    static boolean disclosed(boolean assessed, String closureReason) {
        return assessed && !withdraws(closureReason);
    }

    static boolean withdraws(String closureReason) {
        return Codes.parse(ClosureReason.class, closureReason).filter(WITHDRAWING::contains).isPresent();
    }

    /** The only personnel whose nationality is disclosed; a category not known yet is not uniformed. */
    static boolean isUniformed(String personnelCategory) {
        return PersonnelCategory.fromCode(personnelCategory).map(PersonnelCategory::uniformed).orElse(false);
    }
}
