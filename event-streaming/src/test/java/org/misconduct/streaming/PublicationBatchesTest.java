package org.misconduct.streaming;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class PublicationBatchesTest {

    private final KafkaEventPublisher publisher = mock(KafkaEventPublisher.class);
    private final PublicationBatches batches = new PublicationBatches(publisher);

    @Test
    void waitsForTheBrokerOnceAfterTheBatchsLastEventAndBeforeTheBatchCommits() throws Exception {
        List<EventMessage<?>> events = List.of(GenericEventMessage.asEventMessage("first"),
                GenericEventMessage.asEventMessage("second"), GenericEventMessage.asEventMessage("third"));
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        Runnable handler = mock(Runnable.class);
        Runnable commit = mock(Runnable.class);
        batch.onPrepareCommit(unitOfWork -> commit.run());
        InterceptorChain chain = () -> {
            handler.run();
            verify(publisher, never()).awaitSent(any());
            return null;
        };

        batch.executeWithResult(() -> batches.handle(batch, chain));

        InOrder order = inOrder(handler, publisher, commit);
        order.verify(handler, times(3)).run();
        order.verify(publisher).awaitSent(batch);
        order.verify(commit).run();
    }
}
