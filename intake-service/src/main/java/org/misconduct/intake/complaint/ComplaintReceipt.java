package org.misconduct.intake.complaint;

import java.time.Instant;

/** Shown once to the complainant: the follow-up code cannot be recovered later, only its hash is kept. */
public record ComplaintReceipt(String caseReference, String followUpCode, Instant receivedAt) {
}
