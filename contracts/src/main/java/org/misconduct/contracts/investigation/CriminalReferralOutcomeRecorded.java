package org.misconduct.contracts.investigation;

import java.time.Instant;

import org.misconduct.contracts.PublishedEvent;

/**
 * The authority a case was referred to answered, or its silence was recorded ({@code authority}: HOST_STATE,
 * SENDING_STATE; {@code status}: UNDER_INVESTIGATION, PROSECUTED, CONVICTED, ACQUITTED, DECLINED, NO_RESPONSE).
 * {@code at} is when the outcome came about; the latest one recorded per referral is its status.
 */
public record CriminalReferralOutcomeRecorded(
        String caseReference,
        String authority,
        String status,
        Instant at,
        Instant recordedAt) implements PublishedEvent {
}
