package org.misconduct.investigation.access;

import org.misconduct.contracts.codes.InvestigatingEntity;

/** What the decision rights read of a case: whose personnel it concerns, and who investigates it now. */
public record CaseFacts(String caseReference, String nationality, InvestigatingEntity investigatingEntity) {
}
