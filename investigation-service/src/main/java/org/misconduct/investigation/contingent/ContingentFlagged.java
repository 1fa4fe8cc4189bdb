package org.misconduct.investigation.contingent;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ContingentFlagged(String contingentId, String mission, String nationality, String unit, FlagReason reason,
                                List<String> caseReferences, Instant flaggedAt) {
}
