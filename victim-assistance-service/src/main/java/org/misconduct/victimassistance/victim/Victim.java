package org.misconduct.victimassistance.victim;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.misconduct.web.RuleViolation;

/**
 * A victim of a case, known to the rest of the system only by a pseudonymous id. Personal data
 * arrives already sealed under the victim's own key, so this history never holds it in clear.
 */
@Aggregate
class Victim {

    @AggregateIdentifier
    private String victimId;
    private boolean personalDataErased;

    protected Victim() {
        // for Axon: state is rebuilt from the events
    }

    @CommandHandler
    Victim(RegisterVictim command, Clock clock) {
        apply(new VictimRegistered(command.victimId(), command.caseReference(), command.ageGroup(), command.sex(),
                command.consent(), command.personalData(), clock.instant()));
    }

    @CommandHandler
    void handle(ErasePersonalData command, Clock clock) {
        if (personalDataErased) {
            throw new RuleViolation("The personal data of victim " + victimId + " was already erased");
        }
        apply(new VictimPersonalDataErased(victimId, clock.instant()));
    }

    @EventSourcingHandler
    void on(VictimRegistered event) {
        victimId = event.victimId();
    }

    @EventSourcingHandler
    void on(VictimPersonalDataErased event) {
        personalDataErased = true;
    }
}
