package org.misconduct.streaming;

import java.util.List;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.misconduct.domain.NotFound;
import org.misconduct.domain.RuleViolation;

/**
 * The failures that say the record itself is wrong, so retrying cannot help: it is undecodable, forged or of an unknown
 * type ({@link PoisonEvent}), carries a code or value its handler refuses ({@link IllegalArgumentException}, as
 * {@code Enum.valueOf} throws), or asks the domain for something it rules out.
 */
final class PoisonEvents {

    static final List<Class<? extends Exception>> CLASSES = List.of(PoisonEvent.class, IllegalArgumentException.class,
            RuleViolation.class, NotFound.class, AggregateNotFoundException.class);

    private PoisonEvents() {
    }
}
