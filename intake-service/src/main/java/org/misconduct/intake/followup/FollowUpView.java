package org.misconduct.intake.followup;

import java.time.Instant;
import java.util.List;

import org.misconduct.intake.allegation.AllegationStatus;

/** All a complainant sees of their complaint: its status and the messages exchanged, nothing else. */
public record FollowUpView(String caseReference, AllegationStatus status, Instant receivedAt, List<FollowUpMessage> messages) {
}
