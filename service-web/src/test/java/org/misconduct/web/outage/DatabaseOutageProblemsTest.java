package org.misconduct.web.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.misconduct.web.ProblemResponses;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageProblemsTest {

    private final DatabaseOutageProblems problems = new DatabaseOutageProblems(new ProblemResponses(new ObjectMapper()),
            new DatabaseOutageProperties(Duration.ofSeconds(5)));

    @Test
    void aRequestThatFoundNoConnectionFreeIsAnswered503ForLackOfAConnectionNotForAnOutage() throws Exception {
        MockHttpServletResponse response = answer(poolTimeout(null));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString()).contains(DatabaseOutageProblems.NO_CONNECTION_FREE_DETAIL)
                .doesNotContain(DatabaseOutageProblems.DETAIL);
    }

    @Test
    void aPoolTimeoutCarryingTheLastFailureToConnectIsAnOutage() throws Exception {
        MockHttpServletResponse response = answer(poolTimeout(new SQLException("Connection refused.", "08001")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains(DatabaseOutageProblems.DETAIL);
    }

    @Test
    void aBrokenConnectionIsAnOutage() throws Exception {
        MockHttpServletResponse response = answer(new SQLException("An I/O error occurred while sending to the backend.", "08006"));

        assertThat(response.getContentAsString()).contains(DatabaseOutageProblems.DETAIL);
    }

    private MockHttpServletResponse answer(SQLException failure) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        problems.resolveException(new MockHttpServletRequest("POST", "/api/v1/complaints"), response, null,
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction", failure));
        return response;
    }

    /** As Hikari's pool throws it when its wait ends: with the last failure to open a connection, if one is known. */
    private static SQLTransientConnectionException poolTimeout(SQLException lastFailureToConnect) {
        var timeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"
                + " after 3000ms", lastFailureToConnect == null ? null : lastFailureToConnect.getSQLState(), lastFailureToConnect);
        timeout.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("com.zaxxer.hikari.pool.HikariPool", "createTimeoutException", "HikariPool.java", 0)});
        return timeout;
    }
}
