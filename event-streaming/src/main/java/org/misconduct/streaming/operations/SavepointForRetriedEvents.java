package org.misconduct.streaming.operations;

import java.util.concurrent.Callable;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an event handler within a savepoint when the event's last handling had the database refuse a statement
 * ({@link AbortedHandlings}); every other handling runs as it is, without a savepoint's cost.
 */
final class SavepointForRetriedEvents implements HandlerEnhancerDefinition {

    private final AbortedHandlings aborted;
    private final ObjectProvider<PlatformTransactionManager> transactions;

    SavepointForRetriedEvents(AbortedHandlings aborted, ObjectProvider<PlatformTransactionManager> transactions) {
        this.aborted = aborted;
        this.transactions = transactions;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class) || original.hasAnnotation(EventSourcingHandler.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!aborted.handledWithinSavepoint(message.getIdentifier())) {
                    return super.handle(message, target);
                }
                return withinSavepoint(() -> super.handle(message, target));
            }
        };
    }

    private Object withinSavepoint(Callable<Object> handling) throws Exception {
        TransactionTemplate savepoint = new TransactionTemplate(transactions.getObject());
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        try {
            return savepoint.execute(status -> {
                try {
                    return handling.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new CheckedFailure(e);
                }
            });
        } catch (CheckedFailure failure) {
            throw (Exception) failure.getCause();
        }
    }

    /** Carries a checked failure through the template, which rolls back to the savepoint on an unchecked one only. */
    private static final class CheckedFailure extends RuntimeException {
        CheckedFailure(Exception cause) {
            super(cause);
        }
    }
}
