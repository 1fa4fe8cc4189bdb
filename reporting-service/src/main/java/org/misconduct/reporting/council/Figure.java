package org.misconduct.reporting.council;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One figure of the Council report. A share is {@code count / outOf}; {@code cases} is where the
 * case references behind the figure are listed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A figure of the Council report with the link to the cases behind it")
public record Figure(
        String id,
        @Schema(description = "Cases (or, for measures, actions and payments: events) counted")
        Long count,
        @Schema(description = "For a share: the cases it is a share of")
        Long outOf,
        @Schema(description = "count / outOf, four decimals; absent when outOf is 0")
        BigDecimal share,
        @Schema(description = "For days: the value in days")
        BigDecimal value,
        @Schema(description = "For payments: the sum in the currency")
        BigDecimal amount,
        String currency,
        String kind,
        String by,
        @Schema(description = "The path listing the case references behind this figure")
        String cases) {
}
