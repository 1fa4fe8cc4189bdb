package org.misconduct.reporting.disclosure;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One allegation as the public may see it, and nothing more (A/70/357 and the disclosure table):
 * codes and counts only. No case reference, day, name, narrative or place below mission;
 * nationality only for uniformed personnel.
 */
@Schema(description = "An allegation as publicly disclosed")
public record PublicAllegation(
        Integer yearReceived,
        Integer monthReceived,
        String mission,
        String personnelCategory,
        @Schema(description = "Disclosed for uniformed personnel (MC, MO, UNPOL, FPU) only; null otherwise")
        String nationality,
        String allegationType,
        @Schema(description = "Victims registered with victim assistance")
        int victims,
        int minorVictims,
        int adultVictims,
        int unknownAgeVictims,
        String investigatingEntity,
        AllegationStatus status,
        @Schema(description = "Calendar days from referral to finding; null while no finding")
        Long daysTaken,
        @Schema(description = "SUBSTANTIATED, NOT_SUBSTANTIATED or CLOSED; null while no finding")
        String finding,
        @Schema(description = "Kinds of interim measures taken, such as PAYMENT_SUSPENSION")
        List<String> interimActions,
        @Schema(description = "Kinds of final actions taken, such as REPATRIATION, DISMISSAL, IMPRISONMENT")
        List<String> finalActions,
        @Schema(description = "Authorities the case was referred to for criminal accountability: HOST_STATE, SENDING_STATE")
        List<String> criminalReferrals,
        @Schema(description = "Current statuses of the victims' paternity claims, each once")
        List<String> paternityClaims,
        @Schema(description = "The latest outcome of each criminal referral that has one, as AUTHORITY:STATUS, such as "
                + "SENDING_STATE:CONVICTED (UNDER_INVESTIGATION, PROSECUTED, CONVICTED, ACQUITTED, DECLINED, NO_RESPONSE)")
        List<String> criminalReferralStatus) {
}
