package org.misconduct.investigation.contingent;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.investigation.caseopening.CaseOpened;
import org.misconduct.investigation.caseopening.OpenedCases;
import org.misconduct.investigation.clocks.ClockBreached;
import org.springframework.stereotype.Component;

/**
 * The order in which {@link ContingentPatternPolicy} must see events: one contingent's cases one after the other, in
 * one segment, so that two segments never send commands to the same contingent at once. Other events keep the order
 * of their aggregate.
 */
@Component(ContingentSequencing.BEAN)
class ContingentSequencing implements SequencingPolicy<EventMessage<?>> {

    static final String BEAN = "contingentSequencing";

    private final OpenedCases cases;

    ContingentSequencing(OpenedCases cases) {
        this.cases = cases;
    }

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof CaseOpened opened) {
            return ContingentUnit.of(opened.allegation()).<Object>map(ContingentUnit::contingentId).orElse(opened.caseReference());
        }
        if (payload instanceof ClockBreached breached && breached.clock() == ClockName.MEMBER_STATE_INTENT) {
            return cases.find(breached.caseReference())
                    .flatMap(opened -> ContingentUnit.of(opened.allegation()))
                    .<Object>map(ContingentUnit::contingentId)
                    .orElse(breached.caseReference());
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
