package org.misconduct.reporting.council;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One row of the Council report's table of Member States: the allegations against its uniformed personnel. */
@Schema(description = "The figures of one Member State, by the disclosed nationality of its uniformed personnel")
public record MemberStateFigures(
        String nationality,
        Figure allegations,
        @Schema(description = "Responses on whether it will investigate, within the member-state-intent clock")
        Figure memberStateIntentWithinClock,
        @Schema(description = "National Investigation Officers appointed within the nio-appointment clock")
        Figure nioAppointmentWithinClock,
        Figure substantiated,
        @Schema(description = "Actions or action reports on SUBSTANTIATED findings within the member-state-action clock")
        Figure actionsReportedWithinClock,
        @Schema(description = "Individual repatriations")
        Figure repatriations,
        @Schema(description = "Payment suspensions")
        Figure paymentsSuspended) {

    List<Figure> figures() {
        return List.of(allegations, memberStateIntentWithinClock, nioAppointmentWithinClock, substantiated,
                actionsReportedWithinClock, repatriations, paymentsSuspended);
    }
}
