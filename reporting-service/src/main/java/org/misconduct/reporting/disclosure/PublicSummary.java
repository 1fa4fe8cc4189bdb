package org.misconduct.reporting.disclosure;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** The public figures of one year of allegations, by year of receipt. */
public record PublicSummary(
        int year,
        long allegations,
        Map<String, Long> byStatus,
        Map<String, Long> byMission,
        Map<String, Long> byAllegationType,
        Map<String, Long> byPersonnelCategory,
        @Schema(description = "Allegations referred for investigation, including those now under investigation")
        long referred,
        long underInvestigation,
        @Schema(description = "Allegations whose evidence-preservation clock was breached")
        long evidenceClockBreaches,
        @Schema(description = "Victims registered with victim assistance")
        long victims,
        @Schema(description = "Victims reported with the allegations")
        long victimsReported) {
}
