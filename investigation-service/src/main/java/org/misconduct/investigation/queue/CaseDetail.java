package org.misconduct.investigation.queue;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.misconduct.investigation.outcome.CaseOutcomes;

/** One case as its investigators read it: the queue's view of the case and its clocks, and what has been decided on it. */
public record CaseDetail(@JsonUnwrapped CaseQueueItem summary, @JsonUnwrapped CaseOutcomes outcomes) {
}
