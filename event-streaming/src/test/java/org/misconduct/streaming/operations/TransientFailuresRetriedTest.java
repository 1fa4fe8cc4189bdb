package org.misconduct.streaming.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

class TransientFailuresRetriedTest {

    private final TransientFailuresRetried policy = new TransientFailuresRetried(new AbortedHandlings());
    private final DeadLetter<EventMessage<?>> letter = new GenericDeadLetter<>("ALG-2026-000001",
            GenericEventMessage.asEventMessage("an event"));

    @Test
    void aDatabaseThatCannotBeReachedIsThrownOnSoTheProcessorRetriesTheBatch() {
        RuntimeException outage = new CannotCreateTransactionException("Could not open JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001"));

        assertThatThrownBy(() -> policy.decide(letter, outage)).isSameAs(outage);
    }

    @Test
    void aLockOrStatementTimeoutIsThrownOnToo() {
        RuntimeException lock = new CannotAcquireLockException("lock timeout");
        RuntimeException timeout = new UncategorizedSQLException("update", "UPDATE case_view",
                new SQLException("canceling statement due to statement timeout", "57014"));

        assertThatThrownBy(() -> policy.decide(letter, lock)).isSameAs(lock);
        assertThatThrownBy(() -> policy.decide(letter, timeout)).isSameAs(timeout);
    }

    @Test
    void anyOtherFailureIsQueuedWithItsMessageCutToTheColumn() {
        EnqueueDecision<EventMessage<?>> decision = policy.decide(letter, new IllegalStateException("x".repeat(5_000)));

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).hasValueSatisfying(cause -> assertThat(cause.getMessage()).hasSizeLessThan(1_024));
    }

    @Test
    void aStatementTheDatabaseRefusedIsRetriedOnceWithinASavepointThenQueued() {
        RuntimeException refused = new DataIntegrityViolationException(
                "PreparedStatementCallback; ERROR: value too long for type character varying(64)",
                new SQLException("value too long for type character varying(64)", "22001"));

        assertThatThrownBy(() -> policy.decide(letter, refused)).as("the transaction is aborted: retried").isSameAs(refused);
        EnqueueDecision<EventMessage<?>> retried = policy.decide(letter, refused);

        assertThat(retried.shouldEnqueue()).as("within the savepoint it is queued").isTrue();
        assertThat(retried.enqueueCause()).hasValueSatisfying(cause -> assertThat(cause.getMessage()).contains("too long"));
        assertThatThrownBy(() -> policy.decide(letter, refused)).as("queued, it is forgotten").isSameAs(refused);
    }
}
