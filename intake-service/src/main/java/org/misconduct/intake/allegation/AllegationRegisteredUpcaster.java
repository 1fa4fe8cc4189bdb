package org.misconduct.intake.allegation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Reads revision 1 of {@link AllegationRegistered}, whose {@code personalData} held the narrative and the
 * complainant's identity under one key, as revision 2: both parts name that same key, as they were sealed. The
 * stored event is left as it was.
 */
@Component
class AllegationRegisteredUpcaster extends SingleEventUpcaster {

    private static final String TYPE = AllegationRegistered.class.getName();
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, AllegationRegisteredUpcaster::toRevision2);
    }

    static JsonNode toRevision2(JsonNode revision1) {
        ObjectNode event = revision1.deepCopy();
        JsonNode personalData = event.remove("personalData");
        JsonNode sealed = personalData == null ? JsonNodeFactory.instance.objectNode() : personalData;
        ObjectNode narrative = event.putObject("narrative");
        narrative.set("subjectId", sealed.get("subjectId"));
        narrative.set("description", sealed.get("description"));
        narrative.set("location", sealed.get("location"));
        ObjectNode complainant = event.putObject("complainant");
        complainant.set("subjectId", sealed.get("subjectId"));
        complainant.set("name", sealed.get("complainantName"));
        complainant.set("contact", sealed.get("complainantContact"));
        return event;
    }
}
