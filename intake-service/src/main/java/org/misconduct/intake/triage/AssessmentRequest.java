package org.misconduct.intake.triage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.misconduct.contracts.codes.AllegationType;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.contracts.codes.Priority;
import org.misconduct.contracts.codes.SeaCategory;
import org.misconduct.intake.allegation.Assessment;
import org.misconduct.intake.complaint.Nationality;
import org.misconduct.web.InvalidRequest;

record AssessmentRequest(
        @NotNull AllegationType allegationType,
        SeaCategory seaCategory,
        @NotNull PersonnelCategory personnelCategory,
        @Nationality String nationality,
        @Size(max = 64) String contingentUnit,
        @Min(0) @Max(10_000) Integer victimCount,
        Boolean minorInvolved,
        Priority priority) {

    Assessment toAssessment() {
        if (allegationType != AllegationType.OTHER_MISCONDUCT && seaCategory == null) {
            throw new InvalidRequest("seaCategory", "is required for sexual exploitation (SE) and abuse (SA)");
        }
        return new Assessment(allegationType, seaCategory, personnelCategory, nationality, contingentUnit,
                victimCount, minorInvolved, priority == null ? Priority.NORMAL : priority);
    }
}
