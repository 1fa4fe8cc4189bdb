package org.misconduct.investigation.casefile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import org.misconduct.clocks.ClockDue;
import org.misconduct.clocks.ClockPolicy;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.domain.RuleViolation;
import org.misconduct.investigation.assignment.AssignCase;
import org.misconduct.investigation.assignment.CaseAssigned;
import org.misconduct.investigation.caseopening.Allegation;
import org.misconduct.investigation.caseopening.CaseOpened;
import org.misconduct.investigation.caseopening.OpenCase;
import org.misconduct.investigation.clocks.CaseClocks;
import org.misconduct.investigation.clocks.ExtendClock;
import org.misconduct.investigation.evidence.AttachEvidenceFile;
import org.misconduct.investigation.evidence.EvidenceChain;
import org.misconduct.investigation.evidence.RecordEvidenceFileDownload;
import org.misconduct.investigation.evidence.RecordEvidence;
import org.misconduct.investigation.evidence.RecordEvidencePreserved;
import org.misconduct.investigation.evidence.TransferCustody;
import org.misconduct.investigation.measures.InterimMeasures;
import org.misconduct.investigation.measures.LiftInterimMeasure;
import org.misconduct.investigation.measures.TakeInterimMeasure;
import org.misconduct.investigation.memberstate.MemberStateFollowUp;
import org.misconduct.investigation.memberstate.RecordMemberStateResponse;
import org.misconduct.investigation.outcome.Accountability;
import org.misconduct.investigation.outcome.FindingRecorded;
import org.misconduct.investigation.outcome.MakeCriminalReferral;
import org.misconduct.investigation.outcome.MemberStateFollowThrough;
import org.misconduct.investigation.outcome.RecordCriminalReferralOutcome;
import org.misconduct.investigation.outcome.RecordFinding;
import org.misconduct.investigation.outcome.ReportMemberStateAction;
import org.misconduct.investigation.outcome.TakeDisciplinaryAction;
import org.misconduct.investigation.subjects.CaseSubjects;
import org.misconduct.investigation.subjects.EraseSubjectIdentity;
import org.misconduct.investigation.subjects.RecordSubject;

/**
 * An investigation case, opened by the referral of an allegation and run against its clocks until a finding
 * concludes it. The case holds its identity and lifecycle and hands each command to the member that owns the
 * state it decides on: clocks, evidence, the Member State's follow-up, interim measures, accountability, subjects.
 * Rule messages name codes and identifiers only, never narrative.
 */
@Aggregate(cache = CaseCaching.NAME)
public class Case {

    @AggregateIdentifier
    private String caseReference;
    private Allegation allegation;
    private Instant openedAt;
    private String assignee;
    private Finding finding;

    @AggregateMember
    private final CaseClocks clocks = new CaseClocks();
    @AggregateMember
    private final EvidenceChain evidence = new EvidenceChain();
    @AggregateMember
    private final MemberStateFollowUp memberState = new MemberStateFollowUp();
    @AggregateMember
    private final InterimMeasures measures = new InterimMeasures();
    @AggregateMember
    private final Accountability accountability = new Accountability();
    @AggregateMember
    private final CaseSubjects subjects = new CaseSubjects();
    @AggregateMember
    private final MemberStateFollowThrough followThrough = new MemberStateFollowThrough();

    protected Case() {
        // for Axon: state is rebuilt from the events
    }

    /** Starts the case's clocks from the referral's own times: state is applied only once this handler returns. */
    @CommandHandler
    public Case(OpenCase command, ClockPolicy policy, DeadlineManager deadlines, Clock clock) {
        String reference = command.caseReference();
        Allegation referred = command.allegation();
        Instant now = clock.instant();
        apply(new CaseOpened(reference, referred, now));
        if (referred.allegationType().isSexualExploitationOrAbuse()) {
            CaseClocks.start(reference, ClockName.EVIDENCE_PRESERVATION, referred.receivedAt(),
                    policy.dueAt(ClockName.EVIDENCE_PRESERVATION, referred.receivedAt()), deadlines);
        }
        CaseClocks.start(reference, ClockName.INVESTIGATION, referred.referredAt(),
                policy.dueAt(ClockName.INVESTIGATION, referred.referredAt(), referred.priority()), deadlines);
        MemberStateFollowUp.notifyOnOpening(reference, referred, now, policy, deadlines);
    }

    @CommandHandler
    void handle(AssignCase command, Clock clock) {
        requireOpen("assigned");
        if (!command.investigator().equals(assignee)) {
            apply(new CaseAssigned(caseReference, command.investigator(), clock.instant()));
        }
    }

    @CommandHandler
    void handle(RecordEvidence command, Clock clock) {
        requireOpen("given evidence");
        evidence.record(command, clock.instant());
    }

    @CommandHandler
    void handle(AttachEvidenceFile command, Clock clock) {
        requireOpen("given evidence");
        evidence.attach(command, clock.instant());
    }

    @CommandHandler
    void handle(RecordEvidenceFileDownload command, Clock clock) {
        evidence.download(command, clock.instant());
    }

    @CommandHandler
    void handle(TransferCustody command) {
        evidence.transfer(command);
    }

    @CommandHandler
    void handle(RecordEvidencePreserved command, DeadlineManager deadlines, Clock clock) {
        evidence.preserve(command, clocks, clock.instant(), deadlines);
    }

    @CommandHandler
    void handle(RecordMemberStateResponse command, ClockPolicy policy, DeadlineManager deadlines, Clock clock) {
        requireOpen("given a Member State response");
        memberState.respond(command, clocks, policy, clock.instant(), deadlines);
    }

    @CommandHandler
    void handle(TakeInterimMeasure command, Clock clock) {
        requireOpen("given interim measures");
        measures.take(command, allegation, clock.instant());
    }

    @CommandHandler
    void handle(LiftInterimMeasure command, Clock clock) {
        measures.lift(command, allegation.nationality(), clock.instant());
    }

    /**
     * Concludes the case: stops its investigation clock, settles suspended payments, disarms every other clock, and
     * starts the Member State's clock to act on a SUBSTANTIATED finding against its personnel.
     */
    @CommandHandler
    void handle(RecordFinding command, ClockPolicy policy, DeadlineManager deadlines, Clock clock) {
        requireOpen("given another finding");
        Accountability.requireGrounds(command, !evidence.isEmpty());
        Instant now = clock.instant();
        Instant referredAt = allegation.referredAt();
        apply(new FindingRecorded(caseReference, command.finding(), command.summary(), command.noEvidenceReason(),
                memberState.investigatingEntity(), openedAt, referredAt, now, Duration.between(referredAt, now).toDays(),
                clocks.met(ClockName.INVESTIGATION, now).orElse(true)));
        clocks.stop(caseReference, ClockName.INVESTIGATION, now, deadlines);
        measures.settle(caseReference, command.finding(), allegation.nationality(), now);
        subjects.concluded(caseReference, command.finding(), now);
        clocks.disarmAll(deadlines);
        followThrough.findingRecorded(caseReference, command.finding(), now, policy, deadlines);
    }

    @CommandHandler
    void handle(MakeCriminalReferral command, Clock clock) {
        accountability.refer(command, clock.instant());
    }

    @CommandHandler
    void handle(RecordCriminalReferralOutcome command, Clock clock) {
        accountability.recordOutcome(command, clock.instant());
    }

    @CommandHandler
    void handle(TakeDisciplinaryAction command, DeadlineManager deadlines, Clock clock) {
        Instant now = clock.instant();
        accountability.act(command, finding, allegation, now);
        subjects.actionTaken(caseReference, command.kind(), now);
        followThrough.actionTaken(command, clocks, now, deadlines);
    }

    @CommandHandler
    void handle(ReportMemberStateAction command, DeadlineManager deadlines, Clock clock) {
        followThrough.report(command, finding, clocks, clock.instant(), deadlines);
    }

    @CommandHandler
    void handle(RecordSubject command, Clock clock) {
        requireOpen("given subjects");
        subjects.record(command, clock.instant());
    }

    /** Allowed on a concluded case too: erasure is owed to the person whatever became of the case. */
    @CommandHandler
    void handle(EraseSubjectIdentity command, Clock clock) {
        subjects.erase(command, clock.instant());
    }

    /** The Member State's clock to act runs after the finding, and may be extended then. */
    @CommandHandler
    void handle(ExtendClock command, ClockPolicy policy, DeadlineManager deadlines, Clock clock) {
        if (command.clock() != ClockName.MEMBER_STATE_ACTION) {
            requireOpen("given more time");
        }
        clocks.extend(command, policy, clock.instant(), deadlines);
    }

    /**
     * Fires once per armed deadline; a breach is recorded once, and a silent Member State leaves the case with OIOS.
     * After the finding only the Member State's clock to act runs.
     */
    @DeadlineHandler
    void on(ClockDue due) {
        if (finding != null && due.clock() != ClockName.MEMBER_STATE_ACTION) {
            return;
        }
        clocks.breach(caseReference, due).ifPresent(breached -> {
            if (due.clock() == ClockName.MEMBER_STATE_INTENT) {
                memberState.silencePassed(caseReference, breached.dueAt());
            }
        });
    }

    private void requireOpen(String action) {
        if (finding != null) {
            throw new RuleViolation("Case " + caseReference + " has a finding (" + finding + ") and can no longer be " + action);
        }
    }

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseReference = event.caseReference();
        allegation = event.allegation();
        openedAt = event.openedAt();
    }

    @EventSourcingHandler
    void on(CaseAssigned event) {
        assignee = event.investigator();
    }

    @EventSourcingHandler
    void on(FindingRecorded event) {
        finding = event.finding();
    }
}
