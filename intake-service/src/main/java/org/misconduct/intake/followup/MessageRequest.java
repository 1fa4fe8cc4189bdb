package org.misconduct.intake.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message between complainant and intake. */
public record MessageRequest(@NotBlank @Size(max = MessageRequest.MAX_LENGTH) String text) {

    public static final int MAX_LENGTH = 5_000;
}
