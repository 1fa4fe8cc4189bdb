package org.misconduct.intake.casestatus;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.investigation.InvestigationCompleted;
import org.misconduct.contracts.investigation.InvestigationOpened;
import org.misconduct.intake.allegation.InvestigationOutcome;
import org.misconduct.intake.allegation.RecordInvestigationOutcome;
import org.misconduct.intake.allegation.RecordInvestigationStarted;
import org.misconduct.streaming.PublishedEventHandlers;
import org.misconduct.streaming.PublishedEventInbox;
import org.misconduct.web.ActingUser;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Moves the complainant's status as the investigation records it: under investigation when the
 * case opens, then the finding. Each published event takes effect once.
 */
@Component
class InvestigationProgressListener {

    static final String CONSUMER = "complainant-status";
    static final String ACTING_USER = "investigation-service";

    private final PublishedEventInbox inbox;
    private final CommandGateway commands;
    private final PublishedEventHandlers handlers = PublishedEventHandlers.handlers()
            .on(InvestigationOpened.class, opened -> send(new RecordInvestigationStarted(opened.caseReference(), opened.openedAt())))
            .on(InvestigationCompleted.class, completed -> send(new RecordInvestigationOutcome(completed.caseReference(),
                    InvestigationOutcome.valueOf(completed.finding()), completed.completedAt())));

    InvestigationProgressListener(PublishedEventInbox inbox, CommandGateway commands) {
        this.inbox = inbox;
        this.commands = commands;
    }

    @KafkaListener(topics = Topics.INVESTIGATION)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, CONSUMER, handlers);
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(ActingUser.METADATA_KEY, ACTING_USER)));
    }
}
