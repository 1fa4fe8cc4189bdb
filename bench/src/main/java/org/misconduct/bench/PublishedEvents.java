package org.misconduct.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.misconduct.streaming.CloudEventCodec;

/** Events encoded as the services publish them: Spring Boot's mapper writes instants as ISO-8601 text. */
final class PublishedEvents {

    private PublishedEvents() {
    }

    static CloudEventCodec codec() {
        return new CloudEventCodec(new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
    }
}
