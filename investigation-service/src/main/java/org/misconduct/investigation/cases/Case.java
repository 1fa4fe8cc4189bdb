package org.misconduct.investigation.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.misconduct.investigation.clock.ClockBreached;
import org.misconduct.investigation.clock.ClockDue;
import org.misconduct.investigation.clock.ClockExtended;
import org.misconduct.investigation.clock.ClockName;
import org.misconduct.investigation.clock.ClockPolicy;
import org.misconduct.investigation.clock.ClockStarted;
import org.misconduct.investigation.clock.ClockStopped;
import org.misconduct.web.NotFound;
import org.misconduct.web.RuleViolation;

/**
 * An investigation case, opened by the referral of an allegation and run against its clocks.
 * Each clock is a durable deadline: if it is not stopped in time, its breach becomes an event.
 * Rule messages name codes and identifiers only, never narrative.
 */
@Aggregate
class Case {

    static final String OIOS = "OIOS";

    @AggregateIdentifier
    private String caseReference;
    private Allegation allegation;
    private Instant openedAt;
    private Instant referredAt;
    private String investigatingEntity;
    private String assignee;
    private final Map<ClockName, CaseClock> clocks = new EnumMap<>(ClockName.class);
    private boolean evidencePreserved;
    private final Map<String, EvidenceItem> evidence = new HashMap<>();
    private final Map<String, InterimMeasure> measures = new HashMap<>();
    private final Set<CriminalAuthority> criminalReferrals = EnumSet.noneOf(CriminalAuthority.class);
    private final Set<String> actions = new HashSet<>();
    private boolean memberStateNotified;
    private Boolean memberStateWillInvestigate;
    private boolean nioAppointed;
    private Finding finding;

    protected Case() {
        // for Axon: state is rebuilt from the events
    }

    @CommandHandler
    Case(OpenCase command, ClockPolicy policy, DeadlineManager deadlines, Clock clock) {
        String reference = command.caseReference();
        Allegation referred = command.allegation();
        Instant now = clock.instant();
        apply(new CaseOpened(reference, referred, now));
        if (referred.allegationType().isSexualExploitationOrAbuse()) {
            start(reference, ClockName.EVIDENCE_PRESERVATION, referred.receivedAt(),
                    policy.evidencePreservation().after(referred.receivedAt()), deadlines);
        }
        start(reference, ClockName.INVESTIGATION, referred.referredAt(),
                (referred.priority() == Priority.URGENT ? policy.urgentInvestigation() : policy.investigation())
                        .after(referred.referredAt()), deadlines);
        if (PersonnelCategories.memberStateInvestigates(referred.personnelCategory()) && referred.nationality() != null) {
            Instant responseDue = policy.memberStateIntentDue(now);
            apply(new MemberStateNotified(reference, referred.nationality(), referred.personnelCategory(), now, responseDue));
            start(reference, ClockName.MEMBER_STATE_INTENT, now, responseDue, deadlines);
        }
    }

    @CommandHandler
    void handle(AssignCase command, Clock clock) {
        requireNoFinding("assigned");
        if (!command.investigator().equals(assignee)) {
            apply(new CaseAssigned(caseReference, command.investigator(), clock.instant()));
        }
    }

    @CommandHandler
    void handle(RecordEvidence command, Clock clock) {
        requireNoFinding("given evidence");
        if (evidence.containsKey(command.evidenceId())) {
            throw new RuleViolation("Evidence item " + command.evidenceId() + " is already recorded");
        }
        apply(new EvidenceRecorded(caseReference, command.evidenceId(), command.kind(), command.description(),
                command.sha256(), command.collectedAt(), command.collectedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(TransferCustody command) {
        EvidenceItem item = evidence.get(command.evidenceId());
        if (item == null) {
            throw new NotFound("No evidence item " + command.evidenceId() + " in case " + caseReference);
        }
        if (!item.custodian().equals(command.from())) {
            throw new RuleViolation("A custody transfer starts from the evidence item's current custodian");
        }
        if (command.from().equals(command.to())) {
            throw new RuleViolation("A custody transfer goes to another custodian");
        }
        if (command.sha256() != null && !command.sha256().equalsIgnoreCase(item.sha256())) {
            throw new RuleViolation("The SHA-256 presented does not match the evidence item's: its integrity is in doubt");
        }
        requireInOrder(command, item);
        apply(new CustodyTransferred(caseReference, command.evidenceId(), command.from(), command.to(), command.at(),
                command.purpose(), item.sha256()));
    }

    /** A chain of custody is a sequence in time: no hand-over before the item existed or before its previous one. */
    private static void requireInOrder(TransferCustody command, EvidenceItem item) {
        if (command.at().isBefore(item.collectedAt())) {
            throw new RuleViolation("A custody transfer of evidence item " + command.evidenceId() + " at " + command.at()
                    + " cannot precede its collection at " + item.collectedAt());
        }
        if (command.at().isBefore(item.heldSince())) {
            throw new RuleViolation("A custody transfer of evidence item " + command.evidenceId() + " at " + command.at()
                    + " cannot precede its previous transfer at " + item.heldSince());
        }
    }

    @CommandHandler
    void handle(RecordEvidencePreserved command, DeadlineManager deadlines, Clock clock) {
        if (evidencePreserved) {
            throw new RuleViolation("Evidence of case " + caseReference + " is already recorded as preserved");
        }
        Instant now = clock.instant();
        CaseClock evidenceClock = clocks.get(ClockName.EVIDENCE_PRESERVATION);
        apply(new EvidencePreserved(caseReference, now, evidenceClock == null ? null : evidenceClock.metBy(now)));
        stop(ClockName.EVIDENCE_PRESERVATION, now, deadlines);
    }

    @CommandHandler
    void handle(RecordMemberStateResponse command, ClockPolicy policy, DeadlineManager deadlines, Clock clock) {
        requireNoFinding("given a Member State response");
        if (!memberStateNotified) {
            throw new RuleViolation("Case " + caseReference + " concerns no Member State that was asked to investigate");
        }
        Instant now = clock.instant();
        if (memberStateWillInvestigate == null) {
            firstResponse(command, policy, deadlines, now);
        } else if (memberStateWillInvestigate && !nioAppointed && command.willInvestigate() && command.nioAppointed()) {
            appointNio(now, deadlines);
        } else {
            throw new RuleViolation("The Member State's response to case " + caseReference + " is already recorded");
        }
    }

    private void firstResponse(RecordMemberStateResponse command, ClockPolicy policy, DeadlineManager deadlines, Instant now) {
        CaseClock intent = clocks.get(ClockName.MEMBER_STATE_INTENT);
        boolean inTime = intent.metBy(now);
        apply(new MemberStateResponded(caseReference, allegation.nationality(), command.willInvestigate(),
                command.nioAppointed(), now, inTime));
        stop(ClockName.MEMBER_STATE_INTENT, now, deadlines);
        if (!command.willInvestigate()) {
            handToOios(EntityChangeReason.MEMBER_STATE_DECLINED, now);
        } else if (!inTime) {
            // A Member State that stayed silent past its clock has already left the case with OIOS.
            return;
        } else if (command.nioAppointed()) {
            apply(new NioAppointed(caseReference, allegation.nationality(), now, true));
        } else {
            start(caseReference, ClockName.NIO_APPOINTMENT, now, policy.nioAppointmentDue(now), deadlines);
        }
    }

    private void appointNio(Instant now, DeadlineManager deadlines) {
        CaseClock nioClock = clocks.get(ClockName.NIO_APPOINTMENT);
        apply(new NioAppointed(caseReference, allegation.nationality(), now, nioClock == null || nioClock.metBy(now)));
        stop(ClockName.NIO_APPOINTMENT, now, deadlines);
    }

    @CommandHandler
    void handle(TakeInterimMeasure command, Clock clock) {
        requireNoFinding("given interim measures");
        if (measures.containsKey(command.measureId())) {
            throw new RuleViolation("Interim measure " + command.measureId() + " is already recorded");
        }
        if (!command.kind().appliesTo(allegation.personnelCategory())) {
            throw new RuleViolation(command.kind() + " applies to personnel categories " + command.kind().personnelCategories()
                    + ", not to " + allegation.personnelCategory());
        }
        boolean suspension = command.kind() == InterimMeasureKind.PAYMENT_SUSPENSION;
        if (suspension && (command.amount() == null || command.amount().signum() <= 0 || command.currency() == null)) {
            throw new RuleViolation("A payment suspension records a positive amount and its currency");
        }
        apply(new InterimMeasureTaken(caseReference, command.measureId(), command.kind(),
                suspension ? command.amount() : null, suspension ? command.currency() : null,
                allegation.personnelCategory(), allegation.nationality(), clock.instant()));
    }

    @CommandHandler
    void handle(LiftInterimMeasure command, Clock clock) {
        InterimMeasure measure = measures.get(command.measureId());
        if (measure == null) {
            throw new NotFound("No interim measure " + command.measureId() + " in case " + caseReference);
        }
        if (!measure.active()) {
            throw new RuleViolation("Interim measure " + command.measureId() + " has already ended");
        }
        Instant now = clock.instant();
        apply(new InterimMeasureLifted(caseReference, command.measureId(), measure.kind(), now));
        if (measure.isPaymentSuspension()) {
            apply(new SuspendedPaymentReleased(caseReference, command.measureId(), allegation.nationality(),
                    measure.amount(), measure.currency(), now));
        }
    }

    @CommandHandler
    void handle(RecordFinding command, DeadlineManager deadlines, Clock clock) {
        requireNoFinding("given another finding");
        if (evidence.isEmpty() && (command.noEvidenceReason() == null || command.noEvidenceReason().isBlank())) {
            throw new RuleViolation("A finding needs at least one preserved evidence item or a recorded reason why there is none");
        }
        Instant now = clock.instant();
        CaseClock investigation = clocks.get(ClockName.INVESTIGATION);
        apply(new FindingRecorded(caseReference, command.finding(), command.summary(), command.noEvidenceReason(),
                investigatingEntity, openedAt, referredAt, now, Duration.between(referredAt, now).toDays(),
                investigation == null || investigation.metBy(now)));
        stop(ClockName.INVESTIGATION, now, deadlines);
        settleSuspendedPayments(command.finding(), now);
        cancelRemainingDeadlines(deadlines);
    }

    private void settleSuspendedPayments(Finding outcome, Instant now) {
        measures.entrySet().stream()
                .filter(entry -> entry.getValue().isPaymentSuspension() && entry.getValue().active())
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> {
                    InterimMeasure measure = entry.getValue();
                    if (outcome == Finding.SUBSTANTIATED) {
                        apply(new SuspendedPaymentTransferred(caseReference, entry.getKey(), allegation.nationality(),
                                measure.amount(), measure.currency(), now));
                    } else {
                        apply(new SuspendedPaymentReleased(caseReference, entry.getKey(), allegation.nationality(),
                                measure.amount(), measure.currency(), now));
                    }
                });
    }

    /** Once a finding is recorded, the clocks still running have nothing left to measure. */
    private void cancelRemainingDeadlines(DeadlineManager deadlines) {
        clocks.forEach((name, running) -> {
            if (running.isRunning() && !running.breached() && running.deadlineId() != null) {
                deadlines.cancelSchedule(name.wireName(), running.deadlineId());
            }
        });
    }

    @CommandHandler
    void handle(MakeCriminalReferral command, Clock clock) {
        if (criminalReferrals.contains(command.authority())) {
            throw new RuleViolation("Case " + caseReference + " is already referred to the " + command.authority());
        }
        apply(new CriminalReferralMade(caseReference, command.authority(), clock.instant()));
    }

    @CommandHandler
    void handle(TakeDisciplinaryAction command, Clock clock) {
        if (finding != Finding.SUBSTANTIATED) {
            throw new RuleViolation("Final actions follow a SUBSTANTIATED finding; case " + caseReference + " has "
                    + (finding == null ? "none" : finding));
        }
        if (actions.contains(command.actionId())) {
            throw new RuleViolation("Action " + command.actionId() + " is already recorded");
        }
        apply(new DisciplinaryActionTaken(caseReference, command.actionId(), command.kind(), command.by(), command.detail(),
                allegation.personnelCategory(), allegation.nationality(), clock.instant()));
    }

    @CommandHandler
    void handle(ExtendClock command, DeadlineManager deadlines, Clock clock) {
        requireNoFinding("given more time");
        CaseClock running = clocks.get(command.clock());
        if (running == null) {
            throw new NotFound("Case " + caseReference + " runs no " + command.clock().wireName() + " clock");
        }
        if (!running.isRunning()) {
            throw new RuleViolation("The " + command.clock().wireName() + " clock has stopped; only a running clock is extended");
        }
        Instant until = command.until() != null ? command.until() : command.by().after(running.dueAt());
        if (!until.isAfter(running.dueAt())) {
            throw new RuleViolation("An extension moves the due time later than " + running.dueAt());
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new RuleViolation("An extension records its reason");
        }
        String deadlineId = null;
        if (!running.breached()) {
            deadlines.cancelSchedule(command.clock().wireName(), running.deadlineId());
            deadlineId = deadlines.schedule(until, command.clock().wireName(), new ClockDue(command.clock(), until));
        }
        apply(new ClockExtended(caseReference, command.clock(), running.dueAt(), until, command.reason(),
                clock.instant(), deadlineId));
    }

    /** Fires once per armed deadline; a clock already stopped, breached or extended ignores it, so a breach is recorded once. */
    @DeadlineHandler
    void on(ClockDue due) {
        CaseClock clock = clocks.get(due.clock());
        if (finding != null || clock == null || !clock.isDueFor(due.dueAt())) {
            return;
        }
        apply(new ClockBreached(caseReference, due.clock(), clock.startedAt(), clock.dueAt()));
        if (due.clock() == ClockName.MEMBER_STATE_INTENT) {
            // The silence became final at the due time, which is also when the breach is published as happening.
            handToOios(EntityChangeReason.MEMBER_STATE_SILENT, clock.dueAt());
        }
    }

    private void handToOios(EntityChangeReason reason, Instant at) {
        if (!OIOS.equals(investigatingEntity)) {
            apply(new InvestigatingEntityChanged(caseReference, investigatingEntity, OIOS, reason, at));
        }
    }

    private void requireNoFinding(String action) {
        if (finding != null) {
            throw new RuleViolation("Case " + caseReference + " has a finding (" + finding + ") and can no longer be " + action);
        }
    }

    /** Takes the reference as an argument: in the creating handler, state is applied only once it returns. */
    private static void start(String caseReference, ClockName name, Instant startedAt, Instant dueAt, DeadlineManager deadlines) {
        String deadlineId = deadlines.schedule(dueAt, name.wireName(), new ClockDue(name, dueAt));
        apply(new ClockStarted(caseReference, name, startedAt, dueAt, deadlineId));
    }

    private void stop(ClockName name, Instant at, DeadlineManager deadlines) {
        CaseClock clock = clocks.get(name);
        if (clock == null || !clock.isRunning()) {
            return;
        }
        if (clock.deadlineId() != null) {
            deadlines.cancelSchedule(name.wireName(), clock.deadlineId());
        }
        apply(new ClockStopped(caseReference, name, at, clock.metBy(at)));
    }

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseReference = event.caseReference();
        allegation = event.allegation();
        referredAt = event.allegation().referredAt();
        investigatingEntity = event.allegation().investigatingEntity();
        openedAt = event.openedAt();
    }

    @EventSourcingHandler
    void on(CaseAssigned event) {
        assignee = event.investigator();
    }

    @EventSourcingHandler
    void on(ClockStarted event) {
        clocks.put(event.clock(), CaseClock.started(event));
    }

    @EventSourcingHandler
    void on(ClockStopped event) {
        clocks.computeIfPresent(event.clock(), (name, clock) -> clock.stoppedAt(event.stoppedAt()));
    }

    @EventSourcingHandler
    void on(ClockBreached event) {
        clocks.computeIfPresent(event.clock(), (name, clock) -> clock.breach());
    }

    @EventSourcingHandler
    void on(ClockExtended event) {
        clocks.computeIfPresent(event.clock(), (name, clock) -> clock.extendedTo(event.dueAt(), event.deadlineId()));
    }

    @EventSourcingHandler
    void on(EvidencePreserved event) {
        evidencePreserved = true;
    }

    @EventSourcingHandler
    void on(EvidenceRecorded event) {
        evidence.put(event.evidenceId(), EvidenceItem.collected(event.sha256(), event.collectedBy(), event.collectedAt()));
    }

    @EventSourcingHandler
    void on(CustodyTransferred event) {
        evidence.computeIfPresent(event.evidenceId(), (id, item) -> item.handedTo(event.to(), event.at()));
    }

    @EventSourcingHandler
    void on(MemberStateNotified event) {
        memberStateNotified = true;
    }

    @EventSourcingHandler
    void on(MemberStateResponded event) {
        memberStateWillInvestigate = event.willInvestigate();
    }

    @EventSourcingHandler
    void on(NioAppointed event) {
        nioAppointed = true;
    }

    @EventSourcingHandler
    void on(InvestigatingEntityChanged event) {
        investigatingEntity = event.investigatingEntity();
    }

    @EventSourcingHandler
    void on(InterimMeasureTaken event) {
        measures.put(event.measureId(), new InterimMeasure(event.kind(), event.amount(), event.currency(), true));
    }

    @EventSourcingHandler
    void on(InterimMeasureLifted event) {
        measures.computeIfPresent(event.measureId(), (id, measure) -> measure.ended());
    }

    @EventSourcingHandler
    void on(SuspendedPaymentTransferred event) {
        measures.computeIfPresent(event.measureId(), (id, measure) -> measure.ended());
    }

    @EventSourcingHandler
    void on(SuspendedPaymentReleased event) {
        measures.computeIfPresent(event.measureId(), (id, measure) -> measure.ended());
    }

    @EventSourcingHandler
    void on(FindingRecorded event) {
        finding = event.finding();
    }

    @EventSourcingHandler
    void on(CriminalReferralMade event) {
        criminalReferrals.add(event.authority());
    }

    @EventSourcingHandler
    void on(DisciplinaryActionTaken event) {
        actions.add(event.actionId());
    }
}
