package org.misconduct.investigation.outcome;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.misconduct.clocks.ClockPolicy;
import org.misconduct.contracts.codes.ActionBy;
import org.misconduct.contracts.codes.ActionKind;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.contracts.codes.MemberStateActionOutcome;
import org.misconduct.domain.RuleViolation;
import org.misconduct.investigation.caseopening.CaseOpened;
import org.misconduct.investigation.clocks.CaseClocks;
import org.misconduct.investigation.subjects.SubjectRecorded;

/**
 * Whether the Member State whose personnel a SUBSTANTIATED finding concerns acts on it: a member of the case
 * aggregate. Personnel answer to a Member State when the allegation or one of the case's subjects is uniformed;
 * the {@code member-state-action} clock runs from the finding until the state's action or its report is recorded.
 */
public class MemberStateFollowThrough {

    private static final ClockName CLOCK = ClockName.MEMBER_STATE_ACTION;

    private String nationality;
    private boolean answersToMemberState;

    public void findingRecorded(String caseReference, Finding finding, Instant now, ClockPolicy policy, DeadlineManager deadlines) {
        if (finding == Finding.SUBSTANTIATED && answersToMemberState) {
            CaseClocks.start(caseReference, CLOCK, now, policy.dueAt(CLOCK, now), deadlines);
        }
    }

    public void report(ReportMemberStateAction command, Finding finding, CaseClocks clocks, Instant now, DeadlineManager deadlines) {
        String caseReference = command.caseReference();
        if (finding != Finding.SUBSTANTIATED || !answersToMemberState) {
            throw new RuleViolation("A Member State reports its action on a SUBSTANTIATED finding against its personnel; case "
                    + caseReference + " has " + (finding == null ? "no finding" : finding)
                    + (answersToMemberState ? "" : " and concerns no personnel of a Member State"));
        }
        record(caseReference, command.outcome(), null, command.detail(), clocks, now, deadlines);
    }

    /** An action the Member State took is its follow-through too; one by the UN is not. */
    public void actionTaken(TakeDisciplinaryAction command, CaseClocks clocks, Instant now, DeadlineManager deadlines) {
        if (command.by() == ActionBy.MEMBER_STATE && answersToMemberState) {
            record(command.caseReference(), MemberStateActionOutcome.ACTION_TAKEN, command.kind(), null, clocks, now, deadlines);
        }
    }

    private void record(String caseReference, MemberStateActionOutcome outcome, ActionKind kind,
                        String detail, CaseClocks clocks, Instant now, DeadlineManager deadlines) {
        apply(new MemberStateActionRecorded(caseReference, nationality, outcome, kind, detail, now,
                clocks.met(CLOCK, now).orElse(true)));
        clocks.stop(caseReference, CLOCK, now, deadlines);
    }

    @EventSourcingHandler
    void on(CaseOpened event) {
        nationality = event.allegation().nationality();
        answersToMemberState = event.allegation().personnelCategory() != null
                && event.allegation().personnelCategory().answersToMemberState();
    }

    @EventSourcingHandler
    void on(SubjectRecorded event) {
        if (event.personnelCategory() != null && event.personnelCategory().answersToMemberState()) {
            answersToMemberState = true;
            if (nationality == null) {
                nationality = event.nationality();
            }
        }
    }
}
