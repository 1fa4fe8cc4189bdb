package org.misconduct.reporting.disclosure;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The public figures of the allegations selected (by default those received in one year): the rows of the public
 * table, and how many reports intake closed without one.
 */
public record PublicSummary(
        @Schema(description = "The year selected; null when every year is")
        Integer year,
        long allegations,
        Map<String, Long> byStatus,
        Map<String, Long> byYear,
        Map<String, Long> byMission,
        Map<String, Long> byAllegationType,
        Map<String, Long> byPersonnelCategory,
        @Schema(description = "Uniformed personnel only, the only ones whose nationality is disclosed")
        Map<String, Long> byNationality,
        @Schema(description = "Allegations per year of receipt and personnel category")
        Map<String, Map<String, Long>> byYearAndPersonnelCategory,
        @Schema(description = "Allegations referred for investigation, including those investigated since")
        long referred,
        long underInvestigation,
        @Schema(description = "Allegations whose evidence-preservation clock was breached")
        long evidenceClockBreaches,
        @Schema(description = "Victims registered with victim assistance")
        long victims,
        @Schema(description = "Victims reported with the allegations")
        long victimsReported,
        @Schema(description = "Reports intake closed as not concerning UN personnel, duplicates or out of scope: they have no row")
        long closedAtIntake) {
}
