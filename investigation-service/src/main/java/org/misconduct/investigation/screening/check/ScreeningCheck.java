package org.misconduct.investigation.screening.check;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.misconduct.contracts.codes.ScreeningOutcome;
import org.misconduct.domain.RuleViolation;

/**
 * One screening check, kept in the event store with the rest of the service's history so that checks are as
 * tamper-evident as decisions on cases. Its outcome must agree with what was found.
 */
@Aggregate
public class ScreeningCheck {

    @AggregateIdentifier
    private String checkId;

    protected ScreeningCheck() {
        // for Axon: state is rebuilt from the events
    }

    @CommandHandler
    public ScreeningCheck(RecordScreeningCheck command, Clock clock) {
        if ((command.outcome() == ScreeningOutcome.RECORD_FOUND) != (command.recordsFound() > 0)) {
            throw new RuleViolation("A screening outcome of " + command.outcome() + " cannot come with "
                    + command.recordsFound() + " records found");
        }
        apply(new ScreeningChecked(command.checkId(), command.checkedBy(), command.purpose(), command.outcome(),
                command.recordsFound(), clock.instant()));
    }

    @EventSourcingHandler
    void on(ScreeningChecked event) {
        checkId = event.checkId();
    }
}
