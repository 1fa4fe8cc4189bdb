package org.misconduct.investigation.measures;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.contracts.codes.InterimMeasureKind;
import org.misconduct.domain.NotFound;
import org.misconduct.domain.RuleViolation;
import org.misconduct.investigation.caseopening.Allegation;

/**
 * The interim measures taken while a case runs, a member of the case aggregate. A measure follows the personnel
 * category; a suspended payment ends when it is lifted (released) or settled by the finding: transferred to the
 * victims' Trust Fund after a SUBSTANTIATED one, released otherwise.
 */
public class InterimMeasures {

    private final Map<String, InterimMeasure> measures = new HashMap<>();

    public void take(TakeInterimMeasure command, Allegation allegation, Instant now) {
        if (measures.containsKey(command.measureId())) {
            throw new RuleViolation("Interim measure " + command.measureId() + " is already recorded");
        }
        if (!command.kind().appliesTo(allegation.personnelCategory())) {
            throw new RuleViolation(command.kind() + " applies to personnel categories " + command.kind().personnelCategories()
                    + ", not to " + allegation.personnelCategory());
        }
        boolean suspension = command.kind() == InterimMeasureKind.PAYMENT_SUSPENSION;
        if (suspension && (command.amount() == null || command.amount().signum() <= 0 || command.currency() == null)) {
            throw new RuleViolation("A payment suspension records a positive amount and its currency");
        }
        apply(new InterimMeasureTaken(command.caseReference(), command.measureId(), command.kind(),
                suspension ? command.amount() : null, suspension ? command.currency() : null,
                allegation.personnelCategory(), allegation.nationality(), now));
    }

    public void lift(LiftInterimMeasure command, String nationality, Instant now) {
        InterimMeasure measure = measures.get(command.measureId());
        if (measure == null) {
            throw new NotFound("No interim measure " + command.measureId() + " in case " + command.caseReference());
        }
        if (!measure.active()) {
            throw new RuleViolation("Interim measure " + command.measureId() + " has already ended");
        }
        apply(new InterimMeasureLifted(command.caseReference(), command.measureId(), measure.kind(), now));
        if (measure.isPaymentSuspension()) {
            apply(new SuspendedPaymentReleased(command.caseReference(), command.measureId(), nationality,
                    measure.amount(), measure.currency(), now));
        }
    }

    /** Settles every payment still suspended, in a stable order, as the finding decides. */
    public void settle(String caseReference, Finding finding, String nationality, Instant now) {
        measures.entrySet().stream()
                .filter(entry -> entry.getValue().isPaymentSuspension() && entry.getValue().active())
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> {
                    InterimMeasure measure = entry.getValue();
                    apply(finding == Finding.SUBSTANTIATED
                            ? new SuspendedPaymentTransferred(caseReference, entry.getKey(), nationality, measure.amount(),
                                    measure.currency(), now)
                            : new SuspendedPaymentReleased(caseReference, entry.getKey(), nationality, measure.amount(),
                                    measure.currency(), now));
                });
    }

    @EventSourcingHandler
    void on(InterimMeasureTaken event) {
        measures.put(event.measureId(), new InterimMeasure(event.kind(), event.amount(), event.currency(), true));
    }

    @EventSourcingHandler
    void on(InterimMeasureLifted event) {
        measures.computeIfPresent(event.measureId(), (id, measure) -> measure.ended());
    }

    @EventSourcingHandler
    void on(SuspendedPaymentTransferred event) {
        measures.computeIfPresent(event.measureId(), (id, measure) -> measure.ended());
    }

    @EventSourcingHandler
    void on(SuspendedPaymentReleased event) {
        measures.computeIfPresent(event.measureId(), (id, measure) -> measure.ended());
    }
}
