package org.misconduct.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationAssessed;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class PublishedEventInboxTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-20T08:00:00Z");
    private static final String CASE = "ALG-2026-000001";

    private final CloudEventCodec codec = new CloudEventCodec(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
    private final PublishedEventInbox inbox = new PublishedEventInbox(codec, jdbc, new TransactionTemplate(transactions),
            Clock.systemUTC(), EventTelemetry.none());
    private final Set<String> received = new HashSet<>();
    private final List<IncomingEvent> handled = new ArrayList<>();
    private final List<AllegationRegistered> registrations = new ArrayList<>();

    @Test
    void anEventFromItsOwnTopicAndSourceIsHandledOnceDecodedOnce() {
        byte[] registration = encode(registration(), "event-1", "/intake-service");

        deliver(Topics.INTAKE, registration);
        deliver(Topics.INTAKE, registration);

        assertThat(handled).singleElement().satisfies(event -> {
            assertThat(event.event()).isEqualTo(registration());
            assertThat(event.data().get("mission").asText()).isEqualTo("MINUSCA");
        });
    }

    @Test
    void aTypeOnATopicThatDoesNotOwnItIsForgedAndNeverHandled() {
        byte[] forged = encode(registration(), "event-2", "/investigation-service");

        assertThatThrownBy(() -> deliver(Topics.INVESTIGATION, forged)).isInstanceOf(ForgedEvent.class)
                .hasMessageContaining("AllegationRegistered").hasMessageContaining(Topics.INVESTIGATION);
        assertThat(received).isEmpty();
        assertThat(handled).isEmpty();
    }

    @Test
    void anEventUnderAnotherServicesSourceIsForgedEvenOnTheRightTopic() {
        byte[] forged = encode(registration(), "event-3", "/victim-assistance-service");

        assertThatThrownBy(() -> deliver(Topics.INTAKE, forged)).isInstanceOf(ForgedEvent.class);
        assertThat(handled).isEmpty();
    }

    @Test
    void aRecordThatIsNoCloudEventIsPoisonNotAFailureToRetry() {
        assertThatThrownBy(() -> deliver(Topics.INTAKE, "{\"not\":\"an event\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UndecodableEvent.class).isInstanceOf(PoisonEvent.class);
        assertThat(handled).isEmpty();
    }

    @Test
    void aTypeThisVersionDoesNotKnowIsPoisonForAConsumerThatActsOnEvents() {
        byte[] future = newerType();

        assertThatThrownBy(() -> actOnRegistrations(future)).isInstanceOf(UnknownEventType.class)
                .hasMessageContaining("SomethingNew");
        assertThat(handled).isEmpty();
    }

    @Test
    void anEventOfATypeTheConsumerActsOnIsHandledInATransactionThatRecordsItsDelivery() {
        when(jdbc.update(contains("INSERT INTO processed_event"), eq("event-4"), eq("test"), any(Timestamp.class))).thenReturn(1);

        actOnRegistrations(encode(registration(), "event-4", "/intake-service"));

        assertThat(registrations).containsExactly(registration());
        verify(transactions).getTransaction(any());
        verify(transactions).commit(any());
    }

    @Test
    void anEventDeliveredAgainIsNotHandledAgain() {
        when(jdbc.update(contains("INSERT INTO processed_event"), eq("event-5"), eq("test"), any(Timestamp.class))).thenReturn(0);

        actOnRegistrations(encode(registration(), "event-5", "/intake-service"));

        assertThat(registrations).isEmpty();
    }

    @Test
    void anEventOfATypeTheConsumerDoesNotActOnIsLetPassWithoutATransactionOrARecord() {
        AllegationAssessed assessed = new AllegationAssessed(CASE, "SE", null, "MC", "XAA", "XAA-BATT-1", 1, false, "NORMAL", RECEIVED);

        actOnRegistrations(encode(assessed, "event-6", "/intake-service"));

        assertThat(registrations).isEmpty();
        verifyNoInteractions(jdbc, transactions);
    }

    @Test
    void aTypeTakesOneHandler() {
        PublishedEventHandlers handlers = PublishedEventHandlers.handlers().on(AllegationRegistered.class, registrations::add);

        assertThatThrownBy(() -> handlers.on(AllegationRegistered.class, registrations::add))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AllegationRegistered");
    }

    private void actOnRegistrations(byte[] value) {
        inbox.receive(new ConsumerRecord<>(Topics.INTAKE, 0, 0, CASE, value), "test",
                PublishedEventHandlers.handlers().on(AllegationRegistered.class, registrations::add));
    }

    @Test
    void aConsumerThatKeepsEveryEventReceivesATypeThisVersionDoesNotKnowAsJson() {
        deliver(Topics.INTAKE, newerType());

        assertThat(handled).singleElement().satisfies(event -> {
            assertThat(event.known()).isFalse();
            assertThat(event.data().get("caseReference").asText()).isEqualTo(CASE);
        });
    }

    private static byte[] newerType() {
        return """
                {"specversion":"1.0","id":"event-9","type":"SomethingNew","source":"/intake-service",
                 "datacontenttype":"application/json","data":{"caseReference":"ALG-2026-000001"}}"""
                .getBytes(StandardCharsets.UTF_8);
    }

    private void deliver(String topic, byte[] value) {
        inbox.receive(new ConsumerRecord<>(topic, 0, 0, CASE, value), "test",
                (record, event) -> received.add(event.id()), handled::add);
    }

    private byte[] encode(PublishedEvent event, String id, String source) {
        return codec.encode(event, id, URI.create(source), RECEIVED);
    }

    private static AllegationRegistered registration() {
        return new AllegationRegistered(CASE, "MINUSCA", "WEB", "MC", "XAA", 1, false, RECEIVED);
    }
}
