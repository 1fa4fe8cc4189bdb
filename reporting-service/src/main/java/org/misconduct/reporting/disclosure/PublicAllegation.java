package org.misconduct.reporting.disclosure;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One allegation as the public may see it: codes, counts and dates only. No case reference,
 * names, narratives or places below mission; nationality only for uniformed personnel.
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
        @Schema(description = "Victims reported with the allegation")
        Integer victimCount,
        Boolean minorInvolved,
        @Schema(description = "Victims registered with victim assistance")
        int victimsRegistered,
        int minorVictims,
        int adultVictims,
        int unknownAgeVictims,
        String investigatingEntity,
        AllegationStatus status,
        LocalDate receivedOn,
        LocalDate referredOn,
        LocalDate investigationOpenedOn,
        boolean evidencePreserved,
        @Schema(description = "Whether evidence was preserved within its clock; null while not preserved")
        Boolean evidencePreservedWithinClock,
        int clockBreaches,
        @Schema(description = "Names of the clocks breached, such as evidence-preservation")
        List<String> breachedClocks) {
}
