package org.misconduct.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

class ActingUserCorrelationTest {

    private final ActingUserCorrelation correlation = new ActingUserCorrelation();
    private final MetaData byAnOfficer = MetaData.with(ActingUser.METADATA_KEY, "conduct.officer");

    @Test
    void whatACommandCausesIsDoneByItsActingUser() {
        assertThat(correlation.correlationDataFor(GenericCommandMessage.asCommandMessage("command").andMetaData(byAnOfficer)))
                .isEqualTo(Map.of(ActingUser.METADATA_KEY, "conduct.officer"));
    }

    @Test
    void whatAClockCausesIsDoneByTheSystemWhoeverSetTheClock() {
        assertThat(correlation.correlationDataFor(GenericDeadlineMessage.asDeadlineMessage("investigation", "due", Instant.EPOCH)
                .andMetaData(byAnOfficer))).isEqualTo(Map.of(ActingUser.METADATA_KEY, ActingUser.SYSTEM));
    }

    @Test
    void whatAPolicyCausesIsDoneByTheSystemWhoeverCausedTheEvent() {
        assertThat(correlation.correlationDataFor(GenericEventMessage.asEventMessage("event").andMetaData(byAnOfficer)))
                .isEqualTo(Map.of(ActingUser.METADATA_KEY, ActingUser.SYSTEM));
    }

    @Test
    void aCommandWithoutAnActingUserIsTheSystems() {
        assertThat(correlation.correlationDataFor(GenericCommandMessage.asCommandMessage("command")))
                .isEqualTo(Map.of(ActingUser.METADATA_KEY, ActingUser.SYSTEM));
    }
}
