package org.misconduct.streaming;

import java.util.ArrayList;
import java.util.List;

import org.misconduct.domain.NotFound;
import org.misconduct.domain.RuleViolation;
import org.springframework.util.ClassUtils;

/**
 * The failures that say the record itself is wrong, so retrying cannot help: it is undecodable, forged or of an unknown
 * type ({@link PoisonEvent}), carries a code or value its handler refuses ({@link IllegalArgumentException}, as
 * {@code Enum.valueOf} throws), or asks the domain for something it rules out (also an aggregate Axon cannot find, in
 * the services that run Axon).
 */
final class PoisonEvents {

    private static final String AGGREGATE_NOT_FOUND = "org.axonframework.modelling.command.AggregateNotFoundException";

    private PoisonEvents() {
    }

    @SuppressWarnings("unchecked")
    static List<Class<? extends Exception>> classes() {
        List<Class<? extends Exception>> classes = new ArrayList<>(List.of(PoisonEvent.class, IllegalArgumentException.class,
                RuleViolation.class, NotFound.class));
        ClassLoader loader = PoisonEvents.class.getClassLoader();
        if (ClassUtils.isPresent(AGGREGATE_NOT_FOUND, loader)) {
            classes.add((Class<? extends Exception>) ClassUtils.resolveClassName(AGGREGATE_NOT_FOUND, loader));
        }
        return classes;
    }
}
