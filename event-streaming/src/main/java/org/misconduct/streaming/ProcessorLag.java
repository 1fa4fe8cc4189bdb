package org.misconduct.streaming;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long the oldest stored event a streaming processor has not yet handled has waited: zero while it keeps up. Read
 * from the processor's tokens in the database when a scrape asks, so handling an event costs nothing for it, and every
 * instance reports the same figure, also while another instance holds the claim or none does.
 */
public class ProcessorLag {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final Clock clock;

    public ProcessorLag(JdbcTemplate jdbc, Serializer serializer, Clock clock) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.clock = clock;
    }

    public double seconds(String processor) {
        List<Instant> waiting = jdbc.query(
                "SELECT \"timestamp\" FROM domainevententry WHERE globalindex > ? ORDER BY globalindex LIMIT 1",
                (row, index) -> Instant.parse(row.getString(1)), handledThrough(processor));
        return waiting.stream()
                .map(storedAt -> Duration.between(storedAt, clock.instant()))
                .map(age -> Math.max(0, age.toMillis()) / 1000.0)
                .findFirst()
                .orElse(0.0);
    }

    /** The lowest position any segment of the processor has reached; -1 before it handled anything. */
    private long handledThrough(String processor) {
        List<OptionalLong> positions = jdbc.query(
                "SELECT token, tokentype FROM tokenentry WHERE processorname = ?",
                (row, index) -> position(row.getBytes(1), row.getString(2)), processor);
        return positions.stream()
                .mapToLong(position -> position.orElse(-1))
                .min()
                .orElse(-1);
    }

    private OptionalLong position(byte[] token, String type) {
        if (token == null || type == null) {
            return OptionalLong.empty();
        }
        TrackingToken trackingToken = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return trackingToken == null ? OptionalLong.empty() : trackingToken.position();
    }
}
