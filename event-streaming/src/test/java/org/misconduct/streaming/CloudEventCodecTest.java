package org.misconduct.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.intake.AllegationReferred;

class CloudEventCodecTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-20T08:00:00Z");

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final CloudEventCodec codec = new CloudEventCodec(json);

    @Test
    void aPublishedEventTravelsAsAStructuredCloudEvent() throws Exception {
        AllegationReferred referred = referral();

        byte[] wire = codec.encode(referred, "event-1", URI.create("/intake-service"), RECEIVED);

        JsonNode envelope = json.readTree(wire);
        assertThat(envelope.get("specversion").asText()).isEqualTo("1.0");
        assertThat(envelope.get("id").asText()).isEqualTo("event-1");
        assertThat(envelope.get("type").asText()).isEqualTo("AllegationReferred");
        assertThat(envelope.get("source").asText()).isEqualTo("/intake-service");
        assertThat(envelope.get("subject").asText()).isEqualTo("ALG-2026-000001");
        assertThat(envelope.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(envelope.get("data").get("receivedAt").asText()).isEqualTo("2026-11-20T08:00:00Z");

        ReceivedEvent received = codec.read(wire).received().orElseThrow();
        assertThat(received.id()).isEqualTo("event-1");
        assertThat(received.time()).isEqualTo(RECEIVED);
        assertThat(received.data()).isEqualTo(referred);
    }

    @Test
    void anEventOfATypeThisVersionDoesNotKnowIsReadWithoutItsTypedValue() {
        String future = """
                {"specversion":"1.0","id":"event-2","type":"SomethingNew","source":"/intake-service",
                 "datacontenttype":"application/json","data":{"caseReference":"ALG-2026-000001"}}""";

        IncomingEvent incoming = codec.read(future.getBytes(StandardCharsets.UTF_8));
        assertThat(incoming.known()).isFalse();
        assertThat(incoming.received()).isEmpty();
        assertThat(incoming.id()).isEqualTo("event-2");
        assertThat(incoming.data().get("caseReference").asText()).isEqualTo("ALG-2026-000001");
    }

    @Test
    void aRecordThatIsNoCloudEventCannotBeRetriedIntoOne() {
        assertThatThrownBy(() -> codec.read("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UndecodableEvent.class);
        String wrongData = """
                {"specversion":"1.0","id":"event-3","type":"AllegationReferred","source":"/intake-service",
                 "datacontenttype":"application/json","data":{"receivedAt":"not a time"}}""";
        assertThatThrownBy(() -> codec.read(wrongData.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UndecodableEvent.class);
    }

    private static AllegationReferred referral() {
        return new AllegationReferred("ALG-2026-000001", "MINUSCA", "SA", "RAPE", "MC", "XAA", "XAA-BATT-1", 1, true,
                "URGENT", "TCC", RECEIVED, RECEIVED.plusSeconds(3600));
    }
}
