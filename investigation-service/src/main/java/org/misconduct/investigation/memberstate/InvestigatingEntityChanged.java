package org.misconduct.investigation.memberstate;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.misconduct.contracts.codes.InvestigatingEntity;

/**
 * The case changed hands: a Member State that declines, withdraws or stays silent leaves it with OIOS.
 * {@code changedAt} is absent from revision 1 events; their message's timestamp tells the time instead.
 */
@Revision("2")
public record InvestigatingEntityChanged(String caseReference, InvestigatingEntity previousEntity,
                                         InvestigatingEntity investigatingEntity,
                                         EntityChangeReason reason, Instant changedAt) {
}
