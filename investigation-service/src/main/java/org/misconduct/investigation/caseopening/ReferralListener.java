package org.misconduct.investigation.caseopening;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.codes.AllegationType;
import org.misconduct.contracts.codes.InvestigatingEntity;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.contracts.codes.Priority;
import org.misconduct.contracts.codes.SeaCategory;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.streaming.PublishedEventHandlers;
import org.misconduct.streaming.PublishedEventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Opens a case for every allegation intake refers; each referral opens exactly one case. */
@Component
class ReferralListener {

    private static final String CONSUMER = "case-opening";

    private final PublishedEventInbox inbox;
    private final CommandGateway commands;
    private final PublishedEventHandlers handlers = PublishedEventHandlers.handlers()
            .on(AllegationReferred.class, this::open);

    ReferralListener(PublishedEventInbox inbox, CommandGateway commands) {
        this.inbox = inbox;
        this.commands = commands;
    }

    @KafkaListener(topics = Topics.INTAKE)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, CONSUMER, handlers);
    }

    private void open(AllegationReferred referred) {
        commands.sendAndWait(new OpenCase(referred.caseReference(), allegationOf(referred)));
    }

    /** A code this build does not know fails the record, which is then set aside rather than opened wrongly. */
    private static Allegation allegationOf(AllegationReferred referred) {
        return new Allegation(referred.mission(), AllegationType.valueOf(referred.allegationType()),
                code(SeaCategory.class, referred.seaCategory()), code(PersonnelCategory.class, referred.personnelCategory()),
                referred.nationality(), referred.contingentUnit(), referred.victimCount(), referred.minorInvolved(),
                referred.priority() == null ? Priority.NORMAL : Priority.valueOf(referred.priority()),
                code(InvestigatingEntity.class, referred.investigatingEntity()), referred.receivedAt(), referred.referredAt());
    }

    private static <E extends Enum<E>> E code(Class<E> type, String code) {
        return code == null ? null : Enum.valueOf(type, code);
    }
}
