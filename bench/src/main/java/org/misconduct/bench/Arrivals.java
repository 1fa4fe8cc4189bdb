package org.misconduct.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * Cases awaited in one read model, and how long each took to arrive there: from {@link #expect} until a query
 * finds its row.
 */
final class Arrivals {

    private final String query;
    private final Map<String, Long> awaiting = new ConcurrentHashMap<>();
    private final Histogram latencies = new Histogram(TimeUnit.MINUTES.toNanos(10), 3);

    /** @param query selects the case references of the given array ({@code = ANY (?)}) that the read model holds */
    Arrivals(String query) {
        this.query = query;
    }

    void expect(String caseReference) {
        awaiting.put(caseReference, System.nanoTime());
    }

    /** Records each awaited case whose row is now in the read model. */
    void look(Connection connection) throws SQLException {
        if (awaiting.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setArray(1, connection.createArrayOf("varchar", awaiting.keySet().toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                long now = System.nanoTime();
                while (rows.next()) {
                    Long since = awaiting.remove(rows.getString(1));
                    if (since != null) {
                        latencies.recordValue(Math.min(now - since, latencies.getHighestTrackableValue()));
                    }
                }
            }
        }
    }

    int awaited() {
        return awaiting.size();
    }

    void clear() {
        awaiting.clear();
        latencies.reset();
    }

    /** "p50 … ms p99 … ms (arrived[, n not arrived])". */
    String describe() {
        return "p50 %.0f ms p99 %.0f ms (%d%s)".formatted(latencies.getValueAtPercentile(50) / 1e6,
                latencies.getValueAtPercentile(99) / 1e6, latencies.getTotalCount(),
                awaiting.isEmpty() ? "" : ", " + awaiting.size() + " not arrived");
    }
}
