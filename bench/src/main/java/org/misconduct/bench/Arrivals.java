package org.misconduct.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * Cases awaited in one read model, and how long each took to arrive there: from {@link #expect} until a query
 * finds its row. The query is prepared once, with a generic plan, and run at every look, so the database under
 * measurement plans it once: for a handful of references planning it costs more than running it, and the two read
 * models are looked at a hundred times a second.
 */
final class Arrivals {

    private final String query;
    private PreparedStatement statement;
    private final Map<String, Long> awaiting = new ConcurrentHashMap<>();
    private final Histogram latencies = new Histogram(TimeUnit.MINUTES.toNanos(10), 3);

    /** @param readModel a table or view keyed by {@code case_reference} */
    Arrivals(String readModel) {
        /* Each awaited reference looked up by the key, whatever the plan: a join or = ANY could be planned as a scan of
           the whole read model, before its statistics or as a generic plan. */
        this.query = "SELECT a.case_reference FROM unnest(?::varchar[]) a(case_reference) CROSS JOIN LATERAL "
                + "(SELECT 1 FROM " + readModel + " r WHERE r.case_reference = a.case_reference LIMIT 1) found";
    }

    void expect(String caseReference) {
        awaiting.put(caseReference, System.nanoTime());
    }

    /** Records each awaited case whose row is now in the read model; always given the same connection. */
    void look(Connection connection) throws SQLException {
        if (awaiting.isEmpty()) {
            return;
        }
        if (statement == null) {
            try (Statement session = connection.createStatement()) {
                // Else PostgreSQL plans again whenever the array's size makes a custom plan look cheaper.
                session.execute("SET plan_cache_mode = force_generic_plan");
            }
            statement = connection.prepareStatement(query);
        }
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
