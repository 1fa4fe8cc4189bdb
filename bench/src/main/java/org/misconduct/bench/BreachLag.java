package org.misconduct.bench;

import java.sql.ResultSet;
import java.sql.Statement;

/** How late the stored evidence-clock breaches were, read from the event store the clocks benchmark filled. */
final class BreachLag {

    /** Every breach: its case, when it was stored and when its clock was due; the template case left out. */
    private static final String BREACHES = """
            breach AS (
                SELECT aggregateidentifier AS case_reference, timestamp::timestamptz AS stored,
                       (convert_from(payload, 'UTF8')::jsonb ->> 'dueAt')::timestamptz AS due
                FROM domainevententry WHERE payloadtype LIKE '%ClockBreached' AND aggregateidentifier <> ':template')""";

    private BreachLag() {
    }

    /**
     * How long after its due time each breach was stored (the deadline's poll, the command, the commit); and, for the
     * clocks armed before they fell due, how long after the later of due time and arming, which leaves out a case's
     * wait to be opened. Also the rate at which breaches were stored, and whether any clock breached twice.
     */
    static String of(Statement statement, String template) throws Exception {
        try (ResultSet lag = statement.executeQuery(("WITH " + BREACHES + """
                ,
                armed AS (
                    SELECT aggregateidentifier AS case_reference, min(timestamp::timestamptz) AS armed
                    FROM domainevententry WHERE payloadtype LIKE '%ClockStarted' AND aggregateidentifier <> ':template'
                      AND convert_from(payload, 'UTF8')::jsonb ->> 'clock' IN ('evidence-preservation', 'EVIDENCE_PRESERVATION')
                    GROUP BY aggregateidentifier),
                lag AS (
                    SELECT extract(epoch FROM stored - due) AS seconds,
                           extract(epoch FROM stored - greatest(due, armed)) AS after_armed, stored, b.case_reference
                    FROM breach b JOIN armed a USING (case_reference))
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds), percentile_cont(0.99) WITHIN GROUP (ORDER BY seconds),
                       max(seconds), count(*),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY after_armed), percentile_cont(0.99) WITHIN GROUP (ORDER BY after_armed),
                       count(*) / greatest(extract(epoch FROM max(stored) - min(stored)), 0.001),
                       count(*) - count(DISTINCT case_reference)
                FROM lag""").replace(":template", template))) {
            lag.next();
            return ("%d breaches (%d twice), lag after due p50 %.1f s p99 %.1f s max %.1f s; after due or arming, whichever "
                    + "is later, p50 %.1f s p99 %.1f s; %.0f breaches/s").formatted(lag.getLong(4), lag.getLong(8),
                    lag.getDouble(1), lag.getDouble(2), lag.getDouble(3), lag.getDouble(5), lag.getDouble(6), lag.getDouble(7));
        }
    }

    /** The minutes of due times in which some clock was breached more than five seconds late, if any, with their lag. */
    static String lateMinutes(Statement statement, String template) throws Exception {
        StringBuilder late = new StringBuilder();
        try (ResultSet minutes = statement.executeQuery(("WITH " + BREACHES + """

                SELECT date_trunc('minute', due) AS minute, count(*), count(*) FILTER (WHERE stored - due > interval '5 seconds'),
                       max(extract(epoch FROM stored - due))
                FROM breach GROUP BY 1 HAVING max(stored - due) > interval '5 seconds' ORDER BY 1""").replace(":template", template))) {
            while (minutes.next()) {
                late.append(late.isEmpty() ? "; minutes with clocks more than 5 s late (due in, of, late, max):" : ",")
                        .append(" %tR %d %d %.1f s".formatted(minutes.getTimestamp(1), minutes.getLong(2), minutes.getLong(3), minutes.getDouble(4)));
            }
        }
        return late.toString();
    }
}
