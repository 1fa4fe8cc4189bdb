package org.misconduct.streaming.operations;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/** What operators did with each letter, who did it and why ({@code dead_letter_action}); never the letter's content. */
class DeadLetterActions {

    static final String RETRIED = "RETRIED";
    static final String RETRY_FAILED = "RETRY_FAILED";
    static final String DISCARDED = "DISCARDED";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DeadLetterActions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String letterId, String action, String actor, String reason) {
        jdbc.update("INSERT INTO dead_letter_action (letter_id, action, acted_by, reason, acted_at) VALUES (?, ?, ?, ?, ?)",
                letterId, action, actor, reason, Timestamp.from(clock.instant()));
    }

    /** Letters retried successfully or discarded, whose id starts with {@code prefix}. */
    Set<String> resolved(String prefix) {
        return new HashSet<>(jdbc.queryForList(
                "SELECT DISTINCT letter_id FROM dead_letter_action WHERE letter_id LIKE ? AND action IN (?, ?)",
                String.class, prefix + "%", RETRIED, DISCARDED));
    }

    /** The retries that failed, per letter. */
    Map<String, Integer> failedRetries() {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT letter_id, count(*) AS failures FROM dead_letter_action WHERE action = ? GROUP BY letter_id", RETRY_FAILED);
        return rows.stream().collect(Collectors.toMap(row -> (String) row.get("letter_id"),
                row -> ((Number) row.get("failures")).intValue()));
    }
}
