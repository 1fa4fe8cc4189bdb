package org.misconduct.reporting.ledger;

import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * A connection that refuses every use, for a thread that must not reach the database by itself. Bound as the
 * thread's connection for a data source, it turns a statement that would open a connection of its own (outside the
 * transaction, and waiting on that transaction's locks for ever) into an error that says why.
 */
final class RefusedConnection {

    private RefusedConnection() {
    }

    static Connection because(String reason) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (connection, method, arguments) -> switch (method.getName()) {
                    case "equals" -> connection == arguments[0];
                    case "hashCode" -> System.identityHashCode(connection);
                    case "toString" -> "a connection refused: " + reason;
                    default -> throw new IllegalStateException(reason);
                });
    }
}
