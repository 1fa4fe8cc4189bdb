package org.misconduct.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.testinfra.MigratedDatabase;
import org.misconduct.testinfra.MovableClock;
import org.springframework.jdbc.core.JdbcTemplate;

/** A processor's lag read from its tokens and the event store's tables, as the services migrate them, and its gauges. */
class ProcessorLagTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Serializer SERIALIZER = JacksonSerializer.defaultSerializer();

    private static JdbcTemplate jdbc;
    private MovableClock clock;
    private ProcessorLag lag;

    @BeforeAll
    static void database() {
        jdbc = MigratedDatabase.of("streaming_processor_lag_test", "classpath:db/axon");
    }

    @BeforeEach
    void threeEventsStoredAMinuteApart() {
        jdbc.update("TRUNCATE domainevententry, tokenentry");
        for (int minute = 0; minute < 3; minute++) {
            jdbc.update("""
                    INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, eventidentifier, payload,
                                                  payloadtype, "timestamp")
                    VALUES (?, 'ALG-2026-000001', ?, ?, '{}'::bytea, 'Stored', ?)""",
                    minute + 1, minute, UUID.randomUUID().toString(), T0.plus(Duration.ofMinutes(minute)).toString());
        }
        clock = new MovableClock(T0.plus(Duration.ofMinutes(10)));
        lag = new ProcessorLag(jdbc, SERIALIZER, clock);
    }

    @Test
    void aProcessorThatHandledTheLastEventHasNoLag() {
        token("case-queue", 0, 3);

        assertThat(lag.seconds("case-queue")).isZero();
    }

    @Test
    void theLagIsTheAgeOfTheFirstEventNotYetHandled() {
        token("case-queue", 0, 1);

        assertThat(lag.seconds("case-queue")).isEqualTo(Duration.ofMinutes(9).toSeconds());
    }

    @Test
    void theSegmentFurthestBehindSetsTheLag() {
        token("case-queue", 0, 3);
        token("case-queue", 1, 2);

        assertThat(lag.seconds("case-queue")).isEqualTo(Duration.ofMinutes(8).toSeconds());
    }

    @Test
    void aProcessorWithoutATokenLagsByTheAgeOfTheFirstEvent() {
        token("case-queue", 0, 3);

        assertThat(lag.seconds("contingent-patterns")).isEqualTo(Duration.ofMinutes(10).toSeconds());
    }

    @Test
    void aSegmentClaimedBeforeItHandledAnythingCountsAsNotStarted() {
        token("case-queue", 0, 3);
        jdbc.update("INSERT INTO tokenentry (processorname, segment) VALUES ('case-queue', 1)");

        assertThat(lag.seconds("case-queue")).isEqualTo(Duration.ofMinutes(10).toSeconds());
    }

    @Test
    void everyStreamingProcessorHasALagGaugeAndPublicationItsOwnOnce() {
        token("case-queue", 0, 1);
        token(KafkaPublication.PROCESSING_GROUP, 0, 3);
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(Map.of(
                "case-queue", mock(PooledStreamingEventProcessor.class),
                KafkaPublication.PROCESSING_GROUP, mock(PooledStreamingEventProcessor.class),
                "complaint-follow-up", mock(SubscribingEventProcessor.class)));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        new ProcessorLagMeters(lag, processing).bindTo(registry);

        assertThat(registry.get("misconduct.processor.lag").gauges())
                .extracting(gauge -> gauge.getId().getTag("processor"))
                .containsExactlyInAnyOrder("case-queue", KafkaPublication.PROCESSING_GROUP);
        assertThat(registry.get("misconduct.processor.lag").tag("processor", "case-queue").gauge().value())
                .isEqualTo(Duration.ofMinutes(9).toSeconds());
        assertThat(registry.get("misconduct.publication.lag").gauge().value()).isZero();
    }

    private static void token(String processor, int segment, long position) {
        SerializedObject<byte[]> token = SERIALIZER.serialize(new GlobalSequenceTrackingToken(position), byte[].class);
        jdbc.update("INSERT INTO tokenentry (processorname, segment, token, tokentype) VALUES (?, ?, ?, ?)",
                processor, segment, token.getData(), token.getType().getName());
    }
}
