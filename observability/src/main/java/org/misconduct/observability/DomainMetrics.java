package org.misconduct.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Meters of domain facts, counted by event handlers of processing group {@value #PROCESSING_GROUP}: a subscribing
 * processor, so the fact is counted by the instance that recorded it and only once its transaction commits.
 */
public final class DomainMetrics {

    public static final String PROCESSING_GROUP = "domain-metrics";

    private DomainMetrics() {
    }

    /** Increments the counter when the current unit of work commits, or at once outside one. */
    public static void countOnCommit(Counter counter) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> counter.increment());
        } else {
            counter.increment();
        }
    }

    /** The counter of breaches of one clock, by its contract name. */
    public static Counter clockBreaches(MeterRegistry registry, String clock) {
        return Counter.builder("misconduct.clock.breaches")
                .description("Clocks that passed their due time unstopped")
                .tag("clock", clock)
                .register(registry);
    }
}
