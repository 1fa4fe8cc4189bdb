package org.misconduct.reporting.council;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The figures of one year for the Security Council and General Assembly. Every figure concerns
 * the allegations received in the year, except contingent repatriations, counted in the year they
 * were decided.
 */
public record CouncilReport(
        int year,
        Figure allegations,
        @Schema(description = "SEA allegations whose evidence was preserved within its clock, out of those whose evidence clock has an outcome")
        Figure evidencePreservedWithinClock,
        @Schema(description = "Investigations completed within their clock, out of those completed")
        Figure investigationsCompletedWithinClock,
        @Schema(description = "Median calendar days from referral to finding")
        Figure medianDaysTaken,
        @Schema(description = "90th percentile (nearest rank) of calendar days from referral to finding")
        Figure ninetiethPercentileDaysTaken,
        Figure memberStateIntentResponseWithinClock,
        Figure nioAppointmentWithinClock,
        @Schema(description = "Cases without a finding or closure that breached at least one clock")
        Figure openBreachedCases,
        Figure interimMeasures,
        List<Figure> interimMeasuresByKind,
        @Schema(description = "Payments suspended, per currency")
        List<Figure> paymentsSuspended,
        @Schema(description = "Suspended payments transferred to the victims' Trust Fund, per currency")
        List<Figure> paymentsTransferredToTrustFund,
        @Schema(description = "Final actions per kind and actor (UN or MEMBER_STATE)")
        List<Figure> finalActions,
        Figure individualRepatriations,
        Figure contingentRepatriations,
        @Schema(description = "Per Member State, by the disclosed nationality of uniformed personnel")
        List<MemberStateFigures> memberStates,
        @Schema(description = "SUBSTANTIATED findings against a Member State's personnel whose action or action report came "
                + "within the member-state-action clock, out of those whose clock has an outcome")
        Figure memberStateActionsWithinClock,
        @Schema(description = "Victims first contacted within their clock (counts victims), out of victims whose first contact "
                + "has an outcome")
        Figure victimsFirstContactedWithinClock,
        @Schema(description = "Allegations against non-UN forces notified within the non-un-notification clock, out of those "
                + "whose clock has an outcome")
        Figure nonUnNotificationsWithinClock,
        @Schema(description = "Criminal referrals per latest outcome (kind: UNDER_INVESTIGATION, PROSECUTED, CONVICTED, "
                + "ACQUITTED, DECLINED, NO_RESPONSE)")
        List<Figure> criminalReferralOutcomes,
        @Schema(description = "Allegations per channel they were received by (kind: WEB, HOTLINE, COMMUNITY_FOCAL_POINT, "
                + "WALK_IN, EMAIL, SMS, REFERRAL; every channel listed, UNKNOWN only when a registration named none)")
        List<Figure> allegationsByChannel) {


    /** Every figure, in the order of the report. */
    List<Figure> figures() {
        List<Figure> all = new java.util.ArrayList<>(List.of(allegations, evidencePreservedWithinClock,
                investigationsCompletedWithinClock, medianDaysTaken, ninetiethPercentileDaysTaken,
                memberStateIntentResponseWithinClock, nioAppointmentWithinClock, openBreachedCases, interimMeasures));
        all.addAll(interimMeasuresByKind);
        all.addAll(paymentsSuspended);
        all.addAll(paymentsTransferredToTrustFund);
        all.addAll(finalActions);
        all.add(individualRepatriations);
        all.add(contingentRepatriations);
        memberStates.forEach(memberState -> all.addAll(memberState.figures()));
        all.addAll(List.of(memberStateActionsWithinClock, victimsFirstContactedWithinClock, nonUnNotificationsWithinClock));
        all.addAll(criminalReferralOutcomes);
        all.addAll(allegationsByChannel);
        return all;
    }
}
