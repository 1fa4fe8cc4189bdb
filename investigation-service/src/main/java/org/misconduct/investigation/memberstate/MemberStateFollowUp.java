package org.misconduct.investigation.memberstate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.misconduct.clocks.ClockPolicy;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.InvestigatingEntity;
import org.misconduct.domain.RuleViolation;
import org.misconduct.investigation.caseopening.Allegation;
import org.misconduct.investigation.caseopening.CaseOpened;
import org.misconduct.investigation.clocks.CaseClocks;

/**
 * Whether the Member State of the personnel concerned investigates, and who investigates the case: a member of
 * the case aggregate. The state is notified when the case opens and has its clocks to answer and to appoint a
 * National Investigation Officer; a state that declines or stays silent leaves the case with OIOS.
 */
public class MemberStateFollowUp {

    private String nationality;
    private InvestigatingEntity investigatingEntity;
    private boolean notified;
    private Boolean willInvestigate;
    private boolean nioAppointed;

    /** Static, so the handler that creates a case can notify before the case has any state. */
    public static void notifyOnOpening(String caseReference, Allegation allegation, Instant now, ClockPolicy policy,
                                       DeadlineManager deadlines) {
        if (!allegation.concernsMemberState()) {
            return;
        }
        Instant responseDue = policy.dueAt(ClockName.MEMBER_STATE_INTENT, now);
        apply(new MemberStateNotified(caseReference, allegation.nationality(), allegation.personnelCategory(), now, responseDue));
        CaseClocks.start(caseReference, ClockName.MEMBER_STATE_INTENT, now, responseDue, deadlines);
    }

    public void respond(RecordMemberStateResponse command, CaseClocks clocks, ClockPolicy policy, Instant now,
                        DeadlineManager deadlines) {
        String caseReference = command.caseReference();
        if (!notified) {
            throw new RuleViolation("Case " + caseReference + " concerns no Member State that was asked to investigate");
        }
        if (willInvestigate == null) {
            firstResponse(command, clocks, policy, now, deadlines);
        } else if (willInvestigate && !nioAppointed && command.willInvestigate() && command.nioAppointed()) {
            apply(new NioAppointed(caseReference, nationality, now, clocks.met(ClockName.NIO_APPOINTMENT, now).orElse(true)));
            clocks.stop(caseReference, ClockName.NIO_APPOINTMENT, now, deadlines);
        } else {
            throw new RuleViolation("The Member State's response to case " + caseReference + " is already recorded");
        }
    }

    private void firstResponse(RecordMemberStateResponse command, CaseClocks clocks, ClockPolicy policy, Instant now,
                               DeadlineManager deadlines) {
        String caseReference = command.caseReference();
        boolean inTime = clocks.met(ClockName.MEMBER_STATE_INTENT, now).orElse(true);
        apply(new MemberStateResponded(caseReference, nationality, command.willInvestigate(), command.nioAppointed(), now, inTime));
        clocks.stop(caseReference, ClockName.MEMBER_STATE_INTENT, now, deadlines);
        if (!command.willInvestigate()) {
            handToOios(caseReference, EntityChangeReason.MEMBER_STATE_DECLINED, now);
        } else if (!inTime) {
            // A Member State that stayed silent past its clock has already left the case with OIOS.
            return;
        } else if (command.nioAppointed()) {
            apply(new NioAppointed(caseReference, nationality, now, true));
        } else {
            CaseClocks.start(caseReference, ClockName.NIO_APPOINTMENT, now, policy.dueAt(ClockName.NIO_APPOINTMENT, now), deadlines);
        }
    }

    /** The Member State's silence became final when its clock breached, which is also when the case changed hands. */
    public void silencePassed(String caseReference, Instant dueAt) {
        handToOios(caseReference, EntityChangeReason.MEMBER_STATE_SILENT, dueAt);
    }

    private void handToOios(String caseReference, EntityChangeReason reason, Instant at) {
        if (investigatingEntity != InvestigatingEntity.OIOS) {
            apply(new InvestigatingEntityChanged(caseReference, investigatingEntity, InvestigatingEntity.OIOS, reason, at));
        }
    }

    public InvestigatingEntity investigatingEntity() {
        return investigatingEntity;
    }

    @EventSourcingHandler
    void on(CaseOpened event) {
        nationality = event.allegation().nationality();
        investigatingEntity = event.allegation().investigatingEntity();
    }

    @EventSourcingHandler
    void on(MemberStateNotified event) {
        notified = true;
    }

    @EventSourcingHandler
    void on(MemberStateResponded event) {
        willInvestigate = event.willInvestigate();
    }

    @EventSourcingHandler
    void on(NioAppointed event) {
        nioAppointed = true;
    }

    @EventSourcingHandler
    void on(InvestigatingEntityChanged event) {
        investigatingEntity = event.investigatingEntity();
    }
}
