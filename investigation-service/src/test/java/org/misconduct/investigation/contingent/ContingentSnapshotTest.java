package org.misconduct.investigation.contingent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

class ContingentSnapshotTest {

    private static final ContingentUnit BATTALION = ContingentUnit.of("MINUSCA", "XAA", "XAA-BATT-1");
    private static final String ID = BATTALION.contingentId();
    private static final Instant JANUARY = Instant.parse("2026-01-10T00:00:00Z");
    private static final Instant MARCH = Instant.parse("2026-03-10T00:00:00Z");
    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(Jackson2ObjectMapperBuilder.json().build()).build();

    @Test
    void aSnapshotKeepsEverythingTheContingentDecidesBy() {
        Contingent contingent = new Contingent();
        contingent.on(counted("ALG-2026-000001", JANUARY));
        contingent.on(counted("ALG-2026-000002", MARCH));
        contingent.on(new ContingentFlagged(ID, "MINUSCA", "XAA", "XAA-BATT-1", FlagReason.MEMBER_STATE_INTENT_BREACHED,
                List.of("ALG-2026-000003"), MARCH));
        contingent.on(new ContingentRepatriated(ID, "MINUSCA", "XAA", "XAA-BATT-1",
                List.of("ALG-2026-000001", "ALG-2026-000002", "ALG-2026-000003"), MARCH));

        SerializedObject<byte[]> snapshot = serializer.serialize(contingent, byte[].class);
        Contingent restored = serializer.deserialize(snapshot);

        assertThat(restored).usingRecursiveComparison().isEqualTo(contingent);
        assertThat(new String(snapshot.getData())).contains("ALG-2026-000002", "MEMBER_STATE_INTENT_BREACHED");
    }

    @Test
    void aSnapshotCarriesTheRevisionOfTheContingentsShape() {
        SerializedObject<byte[]> snapshot = serializer.serialize(new Contingent(), byte[].class);

        assertThat(snapshot.getType().getRevision()).isEqualTo("1");
    }

    private static ReferredAllegationCounted counted(String caseReference, Instant receivedAt) {
        return new ReferredAllegationCounted(ID, "MINUSCA", "XAA", "XAA-BATT-1", caseReference, receivedAt);
    }
}
