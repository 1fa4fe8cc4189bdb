package org.misconduct.victimassistance.knowncase;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The cases intake has announced, by case reference. */
@Component
public class KnownCases {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    KnownCases(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean isKnown(String caseReference) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM known_case WHERE case_reference = ?)", Boolean.class, caseReference));
    }

    void record(String caseReference, String mission, Instant receivedAt) {
        jdbc.update("""
                INSERT INTO known_case (case_reference, mission, received_at, known_since) VALUES (?, ?, ?, ?)
                ON CONFLICT (case_reference) DO NOTHING""",
                caseReference, mission, receivedAt == null ? null : Timestamp.from(receivedAt), Timestamp.from(clock.instant()));
    }
}
