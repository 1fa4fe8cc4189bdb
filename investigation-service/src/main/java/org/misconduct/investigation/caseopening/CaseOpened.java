package org.misconduct.investigation.caseopening;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CaseOpened(String caseReference, Allegation allegation, Instant openedAt) {
}
