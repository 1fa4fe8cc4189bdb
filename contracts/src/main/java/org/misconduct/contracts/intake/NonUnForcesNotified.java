package org.misconduct.contracts.intake;

import java.time.Instant;
import java.util.List;

import org.misconduct.contracts.PublishedEvent;

/**
 * An allegation against non-UN forces was notified to their government or regional body. The authorities' names stay
 * with intake; {@code authorityKinds} says which kinds were notified (GOVERNMENT, REGIONAL_ORGANIZATION), and
 * {@code withinClock} whether the first notification came within the {@code non-un-notification} clock (null for a
 * later notification, or from a publisher that did not say).
 */
public record NonUnForcesNotified(
        String caseReference,
        String mission,
        Instant notifiedAt,
        List<String> authorityKinds,
        Boolean withinClock) implements PublishedEvent {

    public NonUnForcesNotified(String caseReference, String mission, Instant notifiedAt) {
        this(caseReference, mission, notifiedAt, List.of(), null);
    }
}
