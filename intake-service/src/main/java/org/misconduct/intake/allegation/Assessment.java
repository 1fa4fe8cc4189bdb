package org.misconduct.intake.allegation;

import org.misconduct.contracts.codes.AllegationType;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.contracts.codes.Priority;
import org.misconduct.contracts.codes.SeaCategory;

/** How intake classified an allegation: what is alleged, against whom, and how urgent it is. */
public record Assessment(
        AllegationType allegationType,
        SeaCategory seaCategory,
        PersonnelCategory personnelCategory,
        String nationality,
        String contingentUnit,
        Integer victimCount,
        Boolean minorInvolved,
        Priority priority) {
}
