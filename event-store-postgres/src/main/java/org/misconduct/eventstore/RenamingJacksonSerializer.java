package org.misconduct.eventstore;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/** Axon's Jackson serializer, reading types stored under a class's former name as the class it became. */
public class RenamingJacksonSerializer extends JacksonSerializer {

    private final RenamedTypes renamedTypes;

    public RenamingJacksonSerializer(Builder builder, RenamedTypes renamedTypes) {
        super(builder);
        this.renamedTypes = renamedTypes;
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        return renamedTypes.currentName(super.resolveClassName(serializedType));
    }
}
