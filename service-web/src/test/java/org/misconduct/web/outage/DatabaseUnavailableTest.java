package org.misconduct.web.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aPoolTimeoutBehindATransactionThatCouldNotBeginIsAnOutage() {
        var timeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms");
        assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException("Could not open JDBC Connection for transaction", timeout))).isTrue();
    }

    @Test
    void aBrokenConnectionDeepInsideTheEventStoreAndAQueryFutureIsAnOutage() {
        var broken = new SQLException("An I/O error occurred while sending to the backend.", "08006", new EOFException());
        var eventStore = new RuntimeException("An event for aggregate [ALG-2026-000001] could not be stored", broken);
        assertThat(DatabaseUnavailable.isCauseOf(new CompletionException(new RuntimeException("query failed", eventStore)))).isTrue();
    }

    @Test
    void aServerShuttingDownOrOutOfConnectionsIsAnOutage() {
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("sorry, too many clients already", "53300"))).isTrue();
    }

    @Test
    void aConstraintViolationOrAProgrammingErrorIsNoOutage() {
        assertThat(DatabaseUnavailable.isCauseOf(new SQLIntegrityConstraintViolationException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("column \"x\" does not exist", "42703"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("Connection is closed"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        var first = new RuntimeException("first");
        var second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(DatabaseUnavailable.isCauseOf(first)).isFalse();
    }

    @Test
    void aValueTheDatabaseRefusesAsDataIsBadInputNotAnOutage() {
        var nul = new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021");
        RuntimeException wrapped = new RuntimeException("PreparedStatementCallback", nul);

        assertThat(UnstorableInputProblems.dataException(wrapped)).contains(nul);
        assertThat(DatabaseUnavailable.isCauseOf(wrapped)).isFalse();
    }
}
