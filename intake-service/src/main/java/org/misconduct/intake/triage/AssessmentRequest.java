package org.misconduct.intake.triage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.misconduct.intake.allegation.AllegationType;
import org.misconduct.intake.allegation.Assessment;
import org.misconduct.intake.allegation.PersonnelCategory;
import org.misconduct.intake.allegation.Priority;
import org.misconduct.intake.allegation.SeaCategory;

record AssessmentRequest(
        @NotNull AllegationType allegationType,
        SeaCategory seaCategory,
        @NotNull PersonnelCategory personnelCategory,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String nationality,
        @Size(max = 64) String contingentUnit,
        @Min(0) @Max(10_000) Integer victimCount,
        Boolean minorInvolved,
        Priority priority) {

    Assessment toAssessment() {
        return new Assessment(allegationType, seaCategory, personnelCategory, nationality, contingentUnit,
                victimCount, minorInvolved, priority == null ? Priority.NORMAL : priority);
    }
}
