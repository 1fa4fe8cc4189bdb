package org.misconduct.victimassistance.registry;

import java.time.Instant;
import java.util.List;

import org.misconduct.victimassistance.assistance.AssistanceViews;
import org.misconduct.victimassistance.paternity.PaternityClaims;
import org.misconduct.victimassistance.victim.Consent;

/**
 * One victim as an officer sees them, personal data opened. Once the victim's personal data is
 * erased, {@code personalData} is {@code null} and {@code personalDataErased} is true; the
 * assistance record stays whole.
 */
record VictimDetails(
        String victimId,
        String caseReference,
        String ageGroup,
        String sex,
        Consent consent,
        Instant registeredAt,
        PersonalData personalData,
        boolean personalDataErased,
        FirstContactClock firstContactClock,
        List<AssistanceViews.NeedView> needs,
        List<AssistanceViews.ReferralView> referrals,
        List<PaternityClaims.Claim> paternityClaims) {

    record Consent(boolean shareWithInvestigators, Instant changedAt) {
    }

    record PersonalData(String name, String contact, String location) {
    }

    /**
     * The {@code victim-first-contact} clock: from registration to the first delivered assistance.
     *
     * @param met whether the first assistance came in time; null while the clock runs
     */
    record FirstContactClock(String name, Instant startedAt, Instant dueAt, Instant stoppedAt, Boolean met, boolean breached,
                             Instant breachedAt) {
    }
}
