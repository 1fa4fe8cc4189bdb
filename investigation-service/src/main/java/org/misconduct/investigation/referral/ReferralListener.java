package org.misconduct.investigation.referral;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.investigation.cases.Allegation;
import org.misconduct.investigation.cases.AllegationType;
import org.misconduct.investigation.cases.OpenCase;
import org.misconduct.investigation.cases.Priority;
import org.misconduct.streaming.PublishedEventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Opens a case for every allegation intake refers; each referral opens exactly one case. */
@Component
class ReferralListener {

    private static final String CONSUMER = "case-opening";

    private final PublishedEventInbox inbox;
    private final CommandGateway commands;

    ReferralListener(PublishedEventInbox inbox, CommandGateway commands) {
        this.inbox = inbox;
        this.commands = commands;
    }

    @KafkaListener(topics = Topics.INTAKE)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, CONSUMER, event -> {
            if (event.data() instanceof AllegationReferred referred) {
                commands.sendAndWait(new OpenCase(referred.caseReference(), allegationOf(referred)));
            }
        });
    }

    private static Allegation allegationOf(AllegationReferred referred) {
        return new Allegation(referred.mission(), AllegationType.valueOf(referred.allegationType()),
                referred.seaCategory(), referred.personnelCategory(), referred.nationality(), referred.contingentUnit(),
                referred.victimCount(), referred.minorInvolved(),
                referred.priority() == null ? Priority.NORMAL : Priority.valueOf(referred.priority()),
                referred.investigatingEntity(), referred.receivedAt(), referred.referredAt());
    }
}
