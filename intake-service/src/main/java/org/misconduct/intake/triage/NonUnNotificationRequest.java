package org.misconduct.intake.triage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param authority the government or regional body responsible for the non-UN forces */
record NonUnNotificationRequest(@NotBlank @Size(max = 200) String authority) {
}
