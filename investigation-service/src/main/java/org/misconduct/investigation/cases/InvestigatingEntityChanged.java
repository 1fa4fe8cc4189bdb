package org.misconduct.investigation.cases;

import org.axonframework.serialization.Revision;

/** The case changed hands: a Member State that declines, withdraws or stays silent leaves it with OIOS. */
@Revision("1")
public record InvestigatingEntityChanged(String caseReference, String previousEntity, String investigatingEntity, EntityChangeReason reason) {
}
