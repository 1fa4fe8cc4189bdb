package org.misconduct.streaming.operations;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.misconduct.web.outage.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

/**
 * What a processor with a dead-letter queue does with a failed event: a transient failure (the database away, a lock or
 * statement timeout, a serialization failure or deadlock) is thrown on, so the processor retries the batch, backing off,
 * rather than setting the event aside for an operator; every other failure is queued, its message cut to what the
 * queue's column holds, as Axon's own policy does.
 */
class TransientFailuresRetried implements EnqueuePolicy<EventMessage<?>> {

    /** Serialization failure, deadlock, lock not available, statement timeout or cancellation. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "57014");

    private static final Logger log = LoggerFactory.getLogger(TransientFailuresRetried.class);

    private final AbortedHandlings aborted;

    TransientFailuresRetried(AbortedHandlings aborted) {
        this.aborted = aborted;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (isTransient(cause)) {
            throw thrownOn(cause);
        }
        String eventId = letter.message().getIdentifier();
        if (AbortedHandlings.abortsTheTransaction(cause) && !aborted.handledWithinSavepoint(eventId)) {
            log.warn("The database refused a statement of event {}'s handler, aborting its transaction; the batch is "
                    + "retried with the event's handlers within a savepoint, to queue it as a dead letter", eventId);
            aborted.remember(eventId);
            throw thrownOn(cause);
        }
        aborted.forget(eventId);
        return Decisions.enqueue(ThrowableCause.truncated(cause));
    }

    private static RuntimeException thrownOn(Throwable cause) {
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }

    static boolean isTransient(Throwable failure) {
        if (DatabaseUnavailable.isCauseOf(failure)) {
            return true;
        }
        return FailureCauses.anyMatch(failure, cause -> cause instanceof TransientDataAccessException
                || cause instanceof RecoverableDataAccessException || cause instanceof SQLTransientException
                || cause instanceof SQLException sql && TRANSIENT_STATES.contains(sql.getSQLState()));
    }
}
