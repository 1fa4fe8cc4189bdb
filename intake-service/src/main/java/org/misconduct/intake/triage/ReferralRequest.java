package org.misconduct.intake.triage;

import jakarta.validation.constraints.NotNull;
import org.misconduct.contracts.codes.InvestigatingEntity;

record ReferralRequest(@NotNull InvestigatingEntity investigatingEntity) {
}
