package org.misconduct.integrity;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.misconduct.contracts.integrity.ChainBreakReason;

/**
 * The first place where the history departs from its chain. Aggregate and sequence are those stored with the event,
 * or those chained when the event is gone; both are null when neither is left. The reason is answered by its wire name.
 */
public record BrokenLink(long globalIndex, String aggregateIdentifier, Long sequenceNumber,
                         @JsonSerialize(using = WireName.class) ChainBreakReason reason) {

    public static final class WireName extends StdSerializer<ChainBreakReason> {

        public WireName() {
            super(ChainBreakReason.class);
        }

        @Override
        public void serialize(ChainBreakReason reason, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(reason.wireName());
        }
    }
}
