package org.misconduct.investigation.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.misconduct.investigation.measures.InterimMeasureLifted;
import org.misconduct.investigation.measures.InterimMeasureTaken;
import org.misconduct.investigation.measures.SuspendedPaymentReleased;
import org.misconduct.investigation.measures.SuspendedPaymentTransferred;

/**
 * What a case has decided so far: interim measures, criminal referrals, final actions and its finding, folded
 * from the case's events in order. Narrative ({@code summary}, {@code detail}) is kept sealed in the events and
 * shown opened, as the evidence descriptions are: to the investigators who may see the case, never beyond this service.
 */
public record CaseOutcomes(List<InterimMeasureView> interimMeasures,
                           List<CriminalReferralView> criminalReferrals,
                           List<FinalActionView> finalActions,
                           FindingView findingRecord) {

    /** {@code settlement} says where a suspended payment went: {@code TRANSFERRED_TO_TRUST_FUND} or {@code RELEASED}. */
    public record InterimMeasureView(String id, String kind, BigDecimal amount, String currency, Instant takenAt,
                                     Instant liftedAt, String settlement, Instant settledAt) {

        InterimMeasureView lifted(Instant at) {
            return new InterimMeasureView(id, kind, amount, currency, takenAt, at, settlement, settledAt);
        }

        InterimMeasureView settled(String how, Instant at) {
            return new InterimMeasureView(id, kind, amount, currency, takenAt, liftedAt, how, at);
        }
    }

    /** {@code status} is the latest outcome recorded, as of {@code statusAt}; both null while none is. */
    public record CriminalReferralView(String authority, Instant at, String status, Instant statusAt) {

        public CriminalReferralView(String authority, Instant at) {
            this(authority, at, null, null);
        }

        CriminalReferralView withOutcome(String outcome, Instant outcomeAt) {
            return new CriminalReferralView(authority, at, outcome, outcomeAt);
        }
    }

    public record FinalActionView(String id, String kind, String by, Instant at, String detail) {
    }

    public record FindingView(String finding, Instant at, String summary) {
    }

    static final String TRANSFERRED = "TRANSFERRED_TO_TRUST_FUND";
    static final String RELEASED = "RELEASED";

    /**
     * Folds a case's event payloads, oldest first; payloads of other kinds are passed over.
     *
     * @param openNarrative turns a narrative as the events hold it into the text shown
     */
    public static CaseOutcomes of(List<?> payloads, UnaryOperator<String> openNarrative) {
        Map<String, InterimMeasureView> measures = new LinkedHashMap<>();
        Map<String, CriminalReferralView> referrals = new LinkedHashMap<>();
        List<FinalActionView> actions = new ArrayList<>();
        FindingView finding = null;
        for (Object payload : payloads) {
            if (payload instanceof InterimMeasureTaken taken) {
                measures.put(taken.measureId(), new InterimMeasureView(taken.measureId(), taken.kind().name(), taken.amount(),
                        taken.currency(), taken.takenAt(), null, null, null));
            } else if (payload instanceof InterimMeasureLifted lifted) {
                measures.computeIfPresent(lifted.measureId(), (id, measure) -> measure.lifted(lifted.liftedAt()));
            } else if (payload instanceof SuspendedPaymentTransferred transferred) {
                measures.computeIfPresent(transferred.measureId(),
                        (id, measure) -> measure.settled(TRANSFERRED, transferred.transferredAt()));
            } else if (payload instanceof SuspendedPaymentReleased released) {
                measures.computeIfPresent(released.measureId(), (id, measure) -> measure.settled(RELEASED, released.releasedAt()));
            } else if (payload instanceof CriminalReferralMade referral) {
                referrals.put(referral.authority().name(), new CriminalReferralView(referral.authority().name(), referral.referredAt()));
            } else if (payload instanceof CriminalReferralOutcomeRecorded outcome) {
                referrals.computeIfPresent(outcome.authority().name(),
                        (authority, referral) -> referral.withOutcome(outcome.status().name(), outcome.at()));
            } else if (payload instanceof DisciplinaryActionTaken action) {
                actions.add(new FinalActionView(action.actionId(), action.kind().name(), action.by().name(), action.takenAt(),
                        openNarrative.apply(action.detail())));
            } else if (payload instanceof FindingRecorded recorded) {
                finding = new FindingView(recorded.finding().name(), recorded.recordedAt(),
                        openNarrative.apply(recorded.summary()));
            }
        }
        return new CaseOutcomes(List.copyOf(measures.values()), List.copyOf(referrals.values()), List.copyOf(actions), finding);
    }
}
