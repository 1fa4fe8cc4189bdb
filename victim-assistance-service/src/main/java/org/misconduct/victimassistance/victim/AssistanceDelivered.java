package org.misconduct.victimassistance.victim;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The provider delivered the referred assistance; the need it answered is met. */
@Revision("1")
public record AssistanceDelivered(String victimId, String caseReference, String referralId, String needId, NeedKind kind,
                                  Instant deliveredAt) {
}
