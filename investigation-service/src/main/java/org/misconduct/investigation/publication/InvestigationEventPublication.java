package org.misconduct.investigation.publication;

import static org.misconduct.contracts.codes.Codes.codeOf;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.misconduct.contracts.clocks.ClockBreached;
import org.misconduct.contracts.clocks.ClockExtended;
import org.misconduct.contracts.investigation.ContingentFlagged;
import org.misconduct.contracts.investigation.ContingentRepatriated;
import org.misconduct.contracts.investigation.CriminalReferralMade;
import org.misconduct.contracts.investigation.CriminalReferralOutcomeRecorded;
import org.misconduct.contracts.investigation.DisciplinaryActionTaken;
import org.misconduct.contracts.investigation.EvidencePreserved;
import org.misconduct.contracts.investigation.InterimMeasureLifted;
import org.misconduct.contracts.investigation.InterimMeasureTaken;
import org.misconduct.contracts.investigation.InvestigatingEntityChanged;
import org.misconduct.contracts.investigation.InvestigationCompleted;
import org.misconduct.contracts.investigation.InvestigationOpened;
import org.misconduct.contracts.investigation.MemberStateActionRecorded;
import org.misconduct.contracts.investigation.MemberStateNotified;
import org.misconduct.contracts.investigation.MemberStateResponded;
import org.misconduct.contracts.investigation.NioAppointed;
import org.misconduct.contracts.investigation.SuspendedPaymentReleased;
import org.misconduct.contracts.investigation.SuspendedPaymentTransferred;
import org.misconduct.investigation.caseopening.Allegation;
import org.misconduct.investigation.caseopening.CaseOpened;
import org.misconduct.investigation.outcome.FindingRecorded;
import org.misconduct.streaming.KafkaEventPublisher;
import org.misconduct.streaming.KafkaPublication;
import org.springframework.stereotype.Component;

/**
 * Publishes the case's events to {@code misconduct.investigation.v1} from the event store: codes,
 * counts and dates only. Narrative (evidence descriptions, custody purposes, summaries, action
 * details, extension reasons) and the names of staff never leave the service.
 */
@Component
@ProcessingGroup(KafkaPublication.PROCESSING_GROUP)
class InvestigationEventPublication {

    private final KafkaEventPublisher publisher;

    InvestigationEventPublication(KafkaEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(CaseOpened event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        Allegation allegation = event.allegation();
        publisher.publish(new InvestigationOpened(event.caseReference(), allegation.mission(),
                allegation.allegationType().name(), codeOf(allegation.personnelCategory()), allegation.nationality(),
                allegation.priority().name(), codeOf(allegation.investigatingEntity()), event.openedAt()), eventId, occurredAt);
    }

    @EventHandler
    void on(org.misconduct.investigation.evidence.EvidencePreserved event, @MessageIdentifier String eventId,
            @Timestamp Instant occurredAt) {
        publisher.publish(new EvidencePreserved(event.caseReference(), event.preservedAt(),
                Boolean.TRUE.equals(event.withinClock())), eventId, occurredAt);
    }

    /** A clock breaches at its due time, even if an instance down at that moment records the breach later. */
    @EventHandler
    void on(org.misconduct.investigation.clocks.ClockBreached event, @MessageIdentifier String eventId,
            @Timestamp Instant occurredAt) {
        publisher.publish(new ClockBreached(event.caseReference(), event.clock().wireName(), event.startedAt(),
                event.dueAt(), event.dueAt()), eventId, occurredAt);
    }

    @EventHandler
    void on(org.misconduct.investigation.clocks.ClockExtended event, @MessageIdentifier String eventId,
            @Timestamp Instant occurredAt) {
        publisher.publish(new ClockExtended(event.caseReference(), event.clock().wireName(), event.previousDueAt(),
                event.dueAt(), event.extendedAt()), eventId, occurredAt);
    }

    @EventHandler
    void on(org.misconduct.investigation.memberstate.MemberStateNotified event, @MessageIdentifier String eventId,
            @Timestamp Instant occurredAt) {
        publisher.publish(new MemberStateNotified(event.caseReference(), event.nationality(), codeOf(event.personnelCategory()),
                event.notifiedAt(), event.responseDueAt()), eventId, occurredAt);
    }

    @EventHandler
    void on(org.misconduct.investigation.memberstate.MemberStateResponded event, @MessageIdentifier String eventId,
            @Timestamp Instant occurredAt) {
        publisher.publish(new MemberStateResponded(event.caseReference(), event.nationality(), event.willInvestigate(),
                event.nioAppointed(), event.respondedAt(), event.withinClock()), eventId, occurredAt);
    }

    @EventHandler
    void on(org.misconduct.investigation.memberstate.NioAppointed event, @MessageIdentifier String eventId,
            @Timestamp Instant occurredAt) {
        publisher.publish(new NioAppointed(event.caseReference(), event.nationality(), event.appointedAt(), event.withinClock()),
                eventId, occurredAt);
    }

    /** Revision 1 of the internal event carried no time: the moment it was stored stands for it. */
    @EventHandler
    void on(org.misconduct.investigation.memberstate.InvestigatingEntityChanged event, @MessageIdentifier String eventId,
            @Timestamp Instant occurredAt) {
        publisher.publish(new InvestigatingEntityChanged(event.caseReference(), codeOf(event.previousEntity()),
                codeOf(event.investigatingEntity()),
                event.reason().name(), event.changedAt() != null ? event.changedAt() : occurredAt), eventId, occurredAt);
    }

    @EventHandler
    void on(org.misconduct.investigation.measures.InterimMeasureTaken event, @MessageIdentifier String eventId,
            @Timestamp Instant occurredAt) {
        publisher.publish(new InterimMeasureTaken(event.caseReference(), event.measureId(), event.kind().name(),
                codeOf(event.personnelCategory()), event.nationality(), event.amount(), event.currency(), event.takenAt()), eventId, occurredAt);
    }

    @EventHandler
    void on(org.misconduct.investigation.measures.InterimMeasureLifted event, @MessageIdentifier String eventId,
            @Timestamp Instant occurredAt) {
        publisher.publish(new InterimMeasureLifted(event.caseReference(), event.measureId(), event.kind().name(), event.liftedAt()),
                eventId, occurredAt);
    }

    @EventHandler
    void on(FindingRecorded event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        publisher.publish(new InvestigationCompleted(event.caseReference(), event.finding().name(), codeOf(event.investigatingEntity()),
                event.openedAt(), event.recordedAt(), event.daysTaken(), event.withinClock()), eventId, occurredAt);
    }

    @EventHandler
    void on(org.misconduct.investigation.measures.SuspendedPaymentTransferred event, @MessageIdentifier String eventId,
            @Timestamp Instant occurredAt) {
        publisher.publish(new SuspendedPaymentTransferred(event.caseReference(), event.measureId(), event.nationality(),
                event.amount(), event.currency(), event.transferredAt()), eventId, occurredAt);
    }

    @EventHandler
    void on(org.misconduct.investigation.measures.SuspendedPaymentReleased event, @MessageIdentifier String eventId,
            @Timestamp Instant occurredAt) {
        publisher.publish(new SuspendedPaymentReleased(event.caseReference(), event.measureId(), event.nationality(),
                event.amount(), event.currency(), event.releasedAt()), eventId, occurredAt);
    }

    @EventHandler
    void on(org.misconduct.investigation.outcome.CriminalReferralMade event, @MessageIdentifier String eventId,
            @Timestamp Instant occurredAt) {
        publisher.publish(new CriminalReferralMade(event.caseReference(), event.authority().name(), event.referredAt()),
                eventId, occurredAt);
    }

    @EventHandler
    void on(org.misconduct.investigation.outcome.CriminalReferralOutcomeRecorded event, @MessageIdentifier String eventId,
            @Timestamp Instant occurredAt) {
        publisher.publish(new CriminalReferralOutcomeRecorded(event.caseReference(), event.authority().name(),
                event.status().name(), event.at(), event.recordedAt()), eventId, occurredAt);
    }

    @EventHandler
    void on(org.misconduct.investigation.outcome.MemberStateActionRecorded event, @MessageIdentifier String eventId,
            @Timestamp Instant occurredAt) {
        publisher.publish(new MemberStateActionRecorded(event.caseReference(), event.nationality(), event.outcome().name(),
                codeOf(event.actionKind()), event.recordedAt(), event.withinClock()), eventId, occurredAt);
    }

    @EventHandler
    void on(org.misconduct.investigation.outcome.DisciplinaryActionTaken event, @MessageIdentifier String eventId,
            @Timestamp Instant occurredAt) {
        publisher.publish(new DisciplinaryActionTaken(event.caseReference(), event.kind().name(), event.by().name(),
                codeOf(event.personnelCategory()), event.nationality(), event.takenAt()), eventId, occurredAt);
    }

    @EventHandler
    void on(org.misconduct.investigation.contingent.ContingentFlagged event, @MessageIdentifier String eventId,
            @Timestamp Instant occurredAt) {
        publisher.publish(new ContingentFlagged(event.contingentId(), event.mission(), event.nationality(), event.unit(),
                event.reason().name(), event.caseReferences(), event.flaggedAt()), eventId, occurredAt);
    }

    @EventHandler
    void on(org.misconduct.investigation.contingent.ContingentRepatriated event, @MessageIdentifier String eventId,
            @Timestamp Instant occurredAt) {
        publisher.publish(new ContingentRepatriated(event.contingentId(), event.mission(), event.nationality(), event.unit(),
                event.caseReferences(), event.decidedAt()), eventId, occurredAt);
    }
}
