package org.misconduct.victimassistance.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.misconduct.contracts.clocks.ClockBreached;
import org.misconduct.contracts.victimassistance.AssistanceDelivered;
import org.misconduct.contracts.victimassistance.PaternityClaimUpdated;
import org.misconduct.victimassistance.clock.FirstContactClockBreached;
import org.misconduct.victimassistance.victim.NeedKind;
import org.misconduct.victimassistance.victim.PaternityClaimStatus;
import org.misconduct.victimassistance.victim.PaternityClaimStatusRecorded;

/** The published contract carries codes and dates of a pseudonymous victim, nothing of providers or claims' ids. */
class PublishedVictimAssistanceEventsTest {

    private static final String REF = "ALG-2026-000001";
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void aDeliveryIsPublishedAsItsKindAndDate() {
        AssistanceDelivered published = PublishedVictimAssistanceEvents.delivered(
                new org.misconduct.victimassistance.victim.AssistanceDelivered("victim-1", REF, "referral-1", "need-1", NeedKind.PSYCHOSOCIAL, T0));

        assertThat(published).isEqualTo(new AssistanceDelivered(REF, "victim-1", "PSYCHOSOCIAL", T0));
    }

    @Test
    void aPaternityClaimIsPublishedAsItsStatus() {
        PaternityClaimUpdated published = PublishedVictimAssistanceEvents.paternityClaimUpdated(
                new PaternityClaimStatusRecorded("victim-1", REF, "claim-1", PaternityClaimStatus.CHILD_SUPPORT_ORDERED, T0));

        assertThat(published).isEqualTo(new PaternityClaimUpdated(REF, "victim-1", "CHILD_SUPPORT_ORDERED", T0));
    }

    @Test
    void aFirstContactBreachIsPublishedAsTheSharedClockBreachOfTheCase() {
        ClockBreached published = PublishedVictimAssistanceEvents.firstContactBreached(
                new FirstContactClockBreached("victim-1", REF, T0, T0.plusSeconds(72 * 3600), T0.plusSeconds(72 * 3600 + 2)));

        assertThat(published).isEqualTo(new ClockBreached(REF, "victim-first-contact", T0, T0.plusSeconds(72 * 3600),
                T0.plusSeconds(72 * 3600 + 2), "victim-1"));
        assertThat(published.key()).isEqualTo(REF);
    }
}
