package org.misconduct.streaming.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.misconduct.testinfra.MigratedDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** On PostgreSQL, which refuses every statement of a transaction after one it refused, unless rolled back to a savepoint. */
class SavepointForRetriedEventsTest {

    private static JdbcTemplate jdbc;
    private static DataSourceTransactionManager transactions;

    private final AbortedHandlings aborted = new AbortedHandlings();
    private final EventMessage<?> event = GenericEventMessage.asEventMessage("an event");

    @BeforeAll
    static void database() {
        jdbc = MigratedDatabase.of("streaming_savepoint_test");
        transactions = new DataSourceTransactionManager(jdbc.getDataSource());
    }

    @Test
    void aRetriedEventsRefusedStatementLeavesTheTransactionUsableForItsDeadLetter() {
        MessageHandlingMember<Object> handler = enhanced(refusingHandler());
        aborted.remember(event.getIdentifier());

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThatThrownBy(() -> handler.handle(event, new Object())).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("division by zero");
            assertThat(jdbc.queryForObject("SELECT 1", Integer.class)).isOne();
        });
    }

    @Test
    void anyOtherEventIsHandledWithoutASavepointSoItsRefusedStatementAbortsTheTransaction() {
        MessageHandlingMember<Object> handler = enhanced(refusingHandler());

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThatThrownBy(() -> handler.handle(event, new Object())).isInstanceOf(DataAccessException.class);
            assertThatThrownBy(() -> jdbc.queryForObject("SELECT 1", Integer.class))
                    .hasMessageContaining("current transaction is aborted");
        });
    }

    @Test
    void eventSourcingHandlersAreLeftAsTheyAre() {
        MessageHandlingMember<Object> sourcing = refusingHandler();
        when(sourcing.hasAnnotation(EventSourcingHandler.class)).thenReturn(true);

        assertThat(enhanced(sourcing)).isSameAs(sourcing);
    }

    private MessageHandlingMember<Object> enhanced(MessageHandlingMember<Object> handler) {
        @SuppressWarnings("unchecked")
        ObjectProvider<PlatformTransactionManager> provider = mock(ObjectProvider.class);
        when(provider.getObject()).thenReturn(transactions);
        return new SavepointForRetriedEvents(aborted, provider).wrapHandler(handler);
    }

    @SuppressWarnings("unchecked")
    private static MessageHandlingMember<Object> refusingHandler() {
        MessageHandlingMember<Object> handler = mock(MessageHandlingMember.class);
        when(handler.canHandleMessageType(EventMessage.class)).thenReturn(true);
        try {
            when(handler.handle(any(), any())).thenAnswer(call -> jdbc.queryForObject("SELECT 1 / 0", Integer.class));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return handler;
    }
}
