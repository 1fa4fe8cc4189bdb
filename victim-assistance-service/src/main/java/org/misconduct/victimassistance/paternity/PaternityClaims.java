package org.misconduct.victimassistance.paternity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads of a victim's paternity and child-support claims with the statuses each took. */
@Component
public class PaternityClaims {

    private final JdbcTemplate jdbc;

    PaternityClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Claim(String claimId, String status, Instant filedAt, Instant updatedAt, List<StatusChange> history) {
    }

    public record StatusChange(String status, Instant recordedAt) {
    }

    public List<Claim> of(String victimId) {
        Map<String, List<StatusChange>> histories = jdbc.query("""
                        SELECT s.claim_id, s.status, s.recorded_at FROM paternity_claim_status_view s
                        JOIN paternity_claim_view c ON c.claim_id = s.claim_id
                        WHERE c.victim_id = ? ORDER BY s.recorded_at, s.event_id""",
                (row, index) -> Map.entry(row.getString("claim_id"),
                        new StatusChange(row.getString("status"), row.getTimestamp("recorded_at").toInstant())), victimId)
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.query("SELECT * FROM paternity_claim_view WHERE victim_id = ? ORDER BY filed_at, claim_id",
                (row, index) -> new Claim(row.getString("claim_id"), row.getString("status"),
                        row.getTimestamp("filed_at").toInstant(), row.getTimestamp("updated_at").toInstant(),
                        histories.getOrDefault(row.getString("claim_id"), List.of())), victimId);
    }
}
