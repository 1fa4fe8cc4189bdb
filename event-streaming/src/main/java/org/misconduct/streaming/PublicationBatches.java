package org.misconduct.streaming;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Waits for the broker once per batch of the publication processor: after the batch's last event is handled, and so
 * before the processor stores its token, every event the batch handed to the producer must have been acknowledged.
 * It runs for every event of the batch, whether or not a handler published it, so the last one is never missed.
 */
class PublicationBatches implements MessageHandlerInterceptor<EventMessage<?>> {

    private final KafkaEventPublisher publisher;

    PublicationBatches(KafkaEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object result = interceptorChain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            publisher.awaitSent(unitOfWork);
        }
        return result;
    }
}
