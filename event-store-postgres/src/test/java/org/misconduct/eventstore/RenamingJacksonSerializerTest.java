package org.misconduct.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

class RenamingJacksonSerializerTest {

    record MovedHere(String caseReference, Instant at) {
    }

    private final RenamingJacksonSerializer serializer = new RenamingJacksonSerializer(JacksonSerializer.builder()
            .revisionResolver(new AnnotationRevisionResolver())
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())),
            RenamedTypes.from(getClass().getClassLoader()));

    @Test
    void whatWasStoredUnderAFormerClassNameIsReadAsTheClassItBecame() {
        MovedHere event = new MovedHere("ALG-2026-000001", Instant.parse("2026-11-20T10:00:00Z"));
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        SerializedObject<byte[]> storedUnderFormerName = new SimpleSerializedObject<>(stored.getData(), byte[].class,
                new SimpleSerializedType("org.misconduct.eventstore.FormerlyHere", null));

        assertThat(serializer.classForType(storedUnderFormerName.getType())).isEqualTo(MovedHere.class);
        Object read = serializer.deserialize(storedUnderFormerName);
        assertThat(read).isEqualTo(event);
    }

    @Test
    void namesThatDidNotMoveAreReadAsThemselves() {
        assertThat(serializer.classForType(serializer.typeForClass(MovedHere.class))).isEqualTo(MovedHere.class);
    }
}
