package org.misconduct.intake.triage;

import jakarta.validation.constraints.NotNull;
import org.misconduct.intake.allegation.InvestigatingEntity;

record ReferralRequest(@NotNull InvestigatingEntity investigatingEntity) {
}
