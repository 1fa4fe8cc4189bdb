package org.misconduct.web.outage;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a failure caused by a database that cannot be reached, however it arrives: Hikari's
 * connection timeout, Spring's transaction-begin and resource failures, Axon's event store and unit of
 * work exceptions, futures of the query bus. All of them carry the JDBC exception as a cause, so the
 * cause chain is searched for it rather than the wrappers listed.
 */
public final class DatabaseUnavailable {

    /** Connection exceptions (08), and a server that is shutting down, restarting or out of connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private static final String HIKARI_PACKAGE = "com.zaxxer.hikari.";

    private DatabaseUnavailable() {
    }

    /** The JDBC exception that says the database is unreachable, if this failure is one. */
    public static Optional<SQLException> causeOf(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, Boolean.TRUE) == null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && unreachable(sql)) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    public static boolean isCauseOf(Throwable failure) {
        return causeOf(failure).isPresent();
    }

    private static boolean unreachable(SQLException failure) {
        if (failure instanceof SQLTransientConnectionException || failure instanceof SQLNonTransientConnectionException
                || failure instanceof SQLRecoverableException) {
            return true;
        }
        String state = failure.getSQLState();
        if (state == null) {
            // Hikari closes a connection it has seen fail at the connection level; what is still done on it (the
            // commit or rollback of the failed transaction) fails with a state-less "Connection is closed".
            return thrownByPool(failure);
        }
        return state.startsWith("08") || UNAVAILABLE_STATES.contains(state);
    }

    /**
     * Whether the failure is the pool's wait for a free connection running out while it could still open
     * connections: every connection taken, by a service busier than its pool or a database slower than its load,
     * and the database not known to be away. Hikari hands on the last failure to open a connection as the cause of
     * its timeout, and forgets that failure once a connection opens.
     */
    static boolean noConnectionFree(SQLException failure) {
        return failure instanceof SQLTransientConnectionException && failure.getCause() == null && thrownByPool(failure);
    }

    private static boolean thrownByPool(SQLException failure) {
        StackTraceElement[] origin = failure.getStackTrace();
        return origin.length > 0 && origin[0].getClassName().startsWith(HIKARI_PACKAGE);
    }
}
