package org.misconduct.intake.allegation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import org.misconduct.clocks.ClockDue;
import org.misconduct.clocks.ClockPolicy;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.domain.NotFound;
import org.misconduct.domain.RuleViolation;

/**
 * One report received, from registration through assessment to referral, closure or notification
 * of non-UN forces, and the investigation's outcome as the complainant sees it. Messages between
 * complainant and intake are accepted in every state, also after closure.
 */
@Aggregate(cache = AllegationCaching.NAME)
class Allegation {

    private static final Set<AllegationStatus> IN_TRIAGE = EnumSet.of(AllegationStatus.RECEIVED, AllegationStatus.UNDER_ASSESSMENT);

    @AggregateIdentifier
    private String caseReference;
    private AllegationStatus status;
    private String mission;
    private Instant receivedAt;
    private PersonnelCategory reportedCategory;
    private Assessment assessment;
    private boolean referred;
    @AggregateMember
    private final NonUnNotification nonUnNotification = new NonUnNotification();
    private String complainantSubjectId;
    private SealedNarrative narrative;
    private String sealedClosureNote;
    private boolean personalDataErased;
    private final Set<String> attachments = new java.util.HashSet<>();

    protected Allegation() {
        // for Axon: state is rebuilt from the events
    }

    @CommandHandler
    Allegation(RegisterAllegation command, ClockPolicy policy, DeadlineManager deadlines) {
        apply(new AllegationRegistered(
                command.caseReference(), command.receivedAt(), command.mission(), command.channel(), command.language(),
                command.incidentDate(), command.personnelCategory(), command.allegedNationality(), command.victimCount(),
                command.minorInvolved(), command.anonymous(), command.complainantIsVictim(), command.narrative(),
                command.complainant(), command.followUpCodeHash()));
        NonUnNotification.startOnRegistration(command.caseReference(), command.personnelCategory(), command.receivedAt(),
                policy, deadlines);
    }

    @CommandHandler
    AllegationStatus handle(AssessAllegation command, ClockPolicy policy, DeadlineManager deadlines, Clock clock) {
        requireInTriage("assessed");
        Instant now = clock.instant();
        apply(new AllegationAssessed(caseReference, command.assessment(), now));
        nonUnNotification.assessed(caseReference, command.assessment().personnelCategory(), now, policy, deadlines);
        return status;
    }

    @CommandHandler
    AllegationStatus handle(ReferAllegation command, Clock clock) {
        requireInTriage("referred");
        if (assessment == null) {
            throw new RuleViolation("Allegation " + caseReference + " must be assessed before it is referred");
        }
        if (assessment.personnelCategory() == PersonnelCategory.NON_UN) {
            throw new RuleViolation("Allegations against non-UN forces are notified to their authority, not referred");
        }
        apply(new AllegationReferred(caseReference, command.investigatingEntity(), clock.instant(), mission, receivedAt, assessment));
        return status;
    }

    @CommandHandler
    AllegationStatus handle(CloseAllegation command, Clock clock) {
        requireInTriage("closed by intake");
        apply(new AllegationClosed(caseReference, command.reason(), command.sealedNote(), clock.instant()));
        return status;
    }

    /** Also after intake closed the allegation: the forces' own authorities are owed the notice all the same. */
    @CommandHandler
    AllegationStatus handle(NotifyNonUnForces command, DeadlineManager deadlines, Clock clock) {
        if (referred) {
            throw new RuleViolation("Allegation " + caseReference + " is referred and can no longer be notified to non-UN forces");
        }
        if (currentCategory() != PersonnelCategory.NON_UN) {
            throw new RuleViolation("Only allegations against non-UN forces are notified to an outside authority; "
                    + caseReference + " concerns " + currentCategory());
        }
        nonUnNotification.notify(command, mission, clock.instant(), deadlines);
        return status;
    }

    @DeadlineHandler
    void on(ClockDue due) {
        nonUnNotification.due(caseReference, due);
    }

    @CommandHandler
    AllegationStatus handle(ReceiveComplainantMessage command, Clock clock) {
        apply(new ComplainantMessageReceived(caseReference, command.sealedText(), clock.instant()));
        return status;
    }

    @CommandHandler
    AllegationStatus handle(AddComplaintAttachment command, Clock clock) {
        if (personalDataErased) {
            throw new RuleViolation("The complainant of " + caseReference + " was erased; nothing more is kept for them");
        }
        apply(new ComplaintAttachmentReceived(caseReference, command.attachmentId(), command.sha256(), command.receivedSha256(),
                command.size(), command.contentType(), clock.instant()));
        return status;
    }

    @CommandHandler
    AllegationStatus handle(RecordAttachmentDownload command, Clock clock) {
        if (!attachments.contains(command.attachmentId())) {
            throw new NotFound("No attachment " + command.attachmentId() + " of " + caseReference);
        }
        apply(new AttachmentDownloaded(caseReference, command.attachmentId(), clock.instant(), command.sealedPurpose()));
        return status;
    }

    @CommandHandler
    AllegationStatus handle(ReplyToComplainant command, Clock clock) {
        apply(new ComplainantRepliedTo(caseReference, command.sealedText(), clock.instant()));
        return status;
    }

    /**
     * The complainant's key is destroyed by the caller in the same transaction; the event records when and by whom.
     * A narrative still under that key (registered before it had its own) moves to the case file first.
     */
    @CommandHandler
    AllegationStatus handle(EraseComplainantPersonalData command, Clock clock, CaseFileSealing sealing) {
        if (personalDataErased) {
            return status;
        }
        if (!narrative.isWithCaseFile(caseReference)) {
            String caseFile = SealedNarrative.caseFileSubject(caseReference);
            String from = narrative.subjectId();
            apply(new AllegationNarrativeMovedToCaseFile(caseReference,
                    new SealedNarrative(caseFile, sealing.reseal(narrative.description(), from, caseFile),
                            sealing.reseal(narrative.location(), from, caseFile)),
                    sealing.reseal(sealedClosureNote, from, caseFile), clock.instant()));
        }
        apply(new ComplainantPersonalDataErased(caseReference, complainantSubjectId, clock.instant()));
        return status;
    }

    /** Redelivered or late news from the investigation changes nothing it has already said. */
    @CommandHandler
    AllegationStatus handle(RecordInvestigationStarted command) {
        if (referred && status == AllegationStatus.REFERRED) {
            apply(new InvestigationStarted(caseReference, command.openedAt()));
        }
        return status;
    }

    @CommandHandler
    AllegationStatus handle(RecordInvestigationOutcome command) {
        if (referred && status != command.outcome().status()) {
            apply(new InvestigationConcluded(caseReference, command.outcome(), command.completedAt()));
        }
        return status;
    }

    private void requireInTriage(String action) {
        if (!IN_TRIAGE.contains(status)) {
            throw new RuleViolation("Allegation " + caseReference + " is " + status + " and can no longer be " + action);
        }
    }

    private PersonnelCategory currentCategory() {
        return assessment != null ? assessment.personnelCategory() : reportedCategory;
    }

    @EventSourcingHandler
    void on(ComplaintAttachmentReceived event) {
        attachments.add(event.attachmentId());
    }

    @EventSourcingHandler
    void on(AllegationRegistered event) {
        caseReference = event.caseReference();
        mission = event.mission();
        receivedAt = event.receivedAt();
        reportedCategory = event.personnelCategory();
        complainantSubjectId = event.complainant().subjectId();
        narrative = event.narrative();
        status = AllegationStatus.RECEIVED;
    }

    @EventSourcingHandler
    void on(AllegationAssessed event) {
        assessment = event.assessment();
        status = AllegationStatus.UNDER_ASSESSMENT;
    }

    @EventSourcingHandler
    void on(AllegationReferred event) {
        referred = true;
        status = AllegationStatus.REFERRED;
    }

    @EventSourcingHandler
    void on(AllegationClosed event) {
        status = AllegationStatus.CLOSED;
        sealedClosureNote = event.sealedNote();
    }

    @EventSourcingHandler
    void on(AllegationNarrativeMovedToCaseFile event) {
        narrative = event.narrative();
        sealedClosureNote = event.sealedClosureNote();
    }

    @EventSourcingHandler
    void on(ComplainantPersonalDataErased event) {
        personalDataErased = true;
    }

    @EventSourcingHandler
    void on(InvestigationStarted event) {
        status = AllegationStatus.UNDER_INVESTIGATION;
    }

    @EventSourcingHandler
    void on(InvestigationConcluded event) {
        status = event.outcome().status();
    }
}
