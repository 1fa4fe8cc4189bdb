package org.misconduct.reporting.council;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The cases behind one figure of a Council report. */
public record FigureCases(
        int year,
        String figure,
        @Schema(description = "The cases counted")
        List<String> caseReferences,
        @Schema(description = "For a share: every case it is a share of, counted or not; empty otherwise")
        List<String> outOfCaseReferences) {
}
