package org.misconduct.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Publisher;
import org.misconduct.contracts.Topics;

class PublicationPropertiesTest {

    @Test
    void aServiceThatPublishesOnAContractTopicNamesItselfByThatTopicsSource() {
        PublicationProperties properties = new PublicationProperties(Topics.INVESTIGATION, null, null, null, null, null, null);

        assertThat(properties.source()).isEqualTo(Publisher.INVESTIGATION.source());
    }

    @Test
    void anotherSourceOnAContractTopicRefusesToStartSinceConsumersWouldTakeEveryEventAsForged() {
        assertThatThrownBy(() -> new PublicationProperties(Topics.INTAKE, URI.create("/intake"), null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/intake-service");
    }
}
