package org.misconduct.intake.triage;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.misconduct.contracts.codes.ClosureReason;

record ClosureRequest(@NotNull ClosureReason reason, @Size(max = 2_000) String note) {
}
