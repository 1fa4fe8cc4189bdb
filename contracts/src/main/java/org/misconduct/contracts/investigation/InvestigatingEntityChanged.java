package org.misconduct.contracts.investigation;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/**
 * The case moved to another investigating entity, such as OIOS when a Member State declined or let
 * * its intent clock pass ({@code reason}: MEMBER_STATE_DECLINED, MEMBER_STATE_SILENT, MEMBER_STATE_WITHDREW).
 */
public record InvestigatingEntityChanged(
        String caseReference,
        String previousEntity,
        String investigatingEntity,
        String reason,
        Instant changedAt) implements PublishedEvent {
}
