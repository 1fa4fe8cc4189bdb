package org.misconduct.victimassistance.victim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Refers the victim to a provider for one of their open needs.
 *
 * @param need     the need's id, or its kind (there is at most one open need of each kind)
 * @param provider the organisation that is to deliver the assistance
 */
public record ReferToProvider(@TargetAggregateIdentifier String victimId, String referralId, String need, String provider) {
}
