package org.misconduct.contracts.investigation;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/** A final action followed a substantiated finding ({@code kind}: REPATRIATION, DISMISSAL, SEPARATION, IMPRISONMENT, DEMOTION, FINE, BARRED_FROM_FUTURE_SERVICE, OTHER; {@code by}: UN, MEMBER_STATE). */
public record DisciplinaryActionTaken(
        String caseReference,
        String kind,
        String by,
        String personnelCategory,
        String nationality,
        Instant takenAt) implements PublishedEvent {
}
