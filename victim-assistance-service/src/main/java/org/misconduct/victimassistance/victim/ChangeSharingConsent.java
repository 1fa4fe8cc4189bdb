package org.misconduct.victimassistance.victim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The victim gives or withdraws their consent to share with investigators. */
public record ChangeSharingConsent(@TargetAggregateIdentifier String victimId, boolean shareWithInvestigators) {
}
