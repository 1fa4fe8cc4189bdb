package org.misconduct.victimassistance.victim;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * The referral came to nothing (declined by the victim or the provider); its need stays open for another referral.
 *
 * @param reason null when none was given, as in every event stored before reasons were recorded
 */
@Revision("2")
public record AssistanceDeclined(String victimId, String referralId, String needId, NeedKind kind, DeclineReason reason,
                                 Instant declinedAt) {
}
