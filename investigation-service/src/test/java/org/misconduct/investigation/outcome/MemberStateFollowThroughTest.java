package org.misconduct.investigation.outcome;

import static org.misconduct.investigation.casefile.CaseFixtures.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.clocks.ClockPolicy;
import org.misconduct.contracts.codes.ActionBy;
import org.misconduct.contracts.codes.ActionKind;
import org.misconduct.contracts.codes.AllegationType;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.contracts.codes.InvestigatingEntity;
import org.misconduct.contracts.codes.MemberStateActionOutcome;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.contracts.codes.Priority;
import org.misconduct.domain.RuleViolation;
import org.misconduct.investigation.casefile.Case;
import org.misconduct.investigation.caseopening.OpenCase;
import org.misconduct.investigation.clocks.ClockBreached;
import org.misconduct.investigation.clocks.ClockExtended;
import org.misconduct.investigation.clocks.ClockStarted;
import org.misconduct.investigation.clocks.ClockStopped;
import org.misconduct.investigation.clocks.ExtendClock;
import org.misconduct.investigation.subjects.SubjectRecorded;

class MemberStateFollowThroughTest {

    private static final Instant FOUND = Instant.parse("2027-01-10T09:00:00Z");
    private static final Instant ACTION_DUE = Instant.parse("2027-04-10T09:00:00Z");
    private static final Instant ACTED = Instant.parse("2027-02-01T09:00:00Z");

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureWith(ClockPolicy.defaults());
    }

    @Test
    void aSubstantiatedFindingAgainstContingentPersonnelStartsTheMemberStateActionClock() {
        clockAt(fixture, FOUND);
        fixture.given(withEvidenceAgainst("MC"))
                .when(new RecordFinding(REF, Finding.SUBSTANTIATED, "summary", null))
                .expectEvents(
                        new FindingRecorded(REF, Finding.SUBSTANTIATED, "summary", null, InvestigatingEntity.TCC, REFERRED, REFERRED,
                                FOUND, 50, true),
                        new ClockStopped(REF, ClockName.INVESTIGATION, FOUND, true),
                        new ClockStarted(REF, ClockName.MEMBER_STATE_ACTION, FOUND, ACTION_DUE, "deadline"));
    }

    @Test
    void aSubstantiatedFindingAgainstUnStaffRunsNoMemberStateActionClock() {
        clockAt(fixture, FOUND);
        fixture.given(withEvidenceAgainst("INT"))
                .when(new RecordFinding(REF, Finding.SUBSTANTIATED, "summary", null))
                .expectEvents(
                        new FindingRecorded(REF, Finding.SUBSTANTIATED, "summary", null, InvestigatingEntity.TCC, REFERRED, REFERRED,
                                FOUND, 50, true),
                        new ClockStopped(REF, ClockName.INVESTIGATION, FOUND, true));
    }

    @Test
    void aSubjectFromAFormedPoliceUnitAnswersToItsMemberState() {
        clockAt(fixture, FOUND);
        List<Object> history = new ArrayList<>(withEvidenceAgainst("INT"));
        history.add(new SubjectRecorded(REF, "S1", PersonnelCategory.FPU, "XBB", "XBB-FPU-1", "Sergeant", null, REFERRED));
        fixture.given(history)
                .when(new RecordFinding(REF, Finding.SUBSTANTIATED, "summary", null))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.instanceOf(FindingRecorded.class),
                                org.hamcrest.Matchers.instanceOf(ClockStopped.class),
                                org.axonframework.test.matchers.Matchers.matches(
                                        event -> event instanceof org.misconduct.investigation.subjects.SubjectRecordChanged),
                                org.axonframework.test.matchers.Matchers.matches(event -> event instanceof ClockStarted started
                                        && started.clock() == ClockName.MEMBER_STATE_ACTION),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void anActionByTheMemberStateStopsItsClockWithinTime() {
        clockAt(fixture, ACTED);
        fixture.given(substantiatedAgainstContingent())
                .when(new TakeDisciplinaryAction(REF, "A1", ActionKind.IMPRISONMENT, ActionBy.MEMBER_STATE, "detail"))
                .expectEvents(
                        new DisciplinaryActionTaken(REF, "A1", ActionKind.IMPRISONMENT, ActionBy.MEMBER_STATE, "detail",
                                PersonnelCategory.MC, "XAA", ACTED),
                        new MemberStateActionRecorded(REF, "XAA", MemberStateActionOutcome.ACTION_TAKEN, ActionKind.IMPRISONMENT,
                                null, ACTED, true),
                        new ClockStopped(REF, ClockName.MEMBER_STATE_ACTION, ACTED, true));
    }

    @Test
    void anActionByTheUnLeavesTheMemberStateClockRunning() {
        clockAt(fixture, ACTED);
        fixture.given(substantiatedAgainstContingent())
                .when(new TakeDisciplinaryAction(REF, "A1", ActionKind.REPATRIATION, ActionBy.UN, "detail"))
                .expectEvents(new DisciplinaryActionTaken(REF, "A1", ActionKind.REPATRIATION, ActionBy.UN, "detail",
                        PersonnelCategory.MC, "XAA", ACTED));
    }

    @Test
    void theMemberStatesReportStopsItsClockAndALaterReportIsRecordedToo() {
        clockAt(fixture, ACTED);
        fixture.given(substantiatedAgainstContingent())
                .when(new ReportMemberStateAction(REF, MemberStateActionOutcome.NO_ACTION, "sealed"))
                .expectEvents(
                        new MemberStateActionRecorded(REF, "XAA", MemberStateActionOutcome.NO_ACTION, null, "sealed", ACTED, true),
                        new ClockStopped(REF, ClockName.MEMBER_STATE_ACTION, ACTED, true));
        List<Object> reported = new ArrayList<>(substantiatedAgainstContingent());
        reported.add(new MemberStateActionRecorded(REF, "XAA", MemberStateActionOutcome.NO_ACTION, null, "sealed", ACTED, true));
        reported.add(new ClockStopped(REF, ClockName.MEMBER_STATE_ACTION, ACTED, true));
        fixture.given(reported)
                .when(new ReportMemberStateAction(REF, MemberStateActionOutcome.ACTION_TAKEN, null))
                .expectEvents(new MemberStateActionRecorded(REF, "XAA", MemberStateActionOutcome.ACTION_TAKEN, null, null, ACTED, true));
    }

    @Test
    void aReportAfterTheBreachIsOutsideTheClock() {
        Instant late = ACTION_DUE.plusSeconds(3600);
        clockAt(fixture, late);
        List<Object> history = new ArrayList<>(substantiatedAgainstContingent());
        history.add(new ClockBreached(REF, ClockName.MEMBER_STATE_ACTION, FOUND, ACTION_DUE));
        fixture.given(history)
                .when(new ReportMemberStateAction(REF, MemberStateActionOutcome.ACTION_TAKEN, null))
                .expectEvents(
                        new MemberStateActionRecorded(REF, "XAA", MemberStateActionOutcome.ACTION_TAKEN, null, null, late, false),
                        new ClockStopped(REF, ClockName.MEMBER_STATE_ACTION, late, false));
    }

    @Test
    void onlyASubstantiatedFindingAgainstPersonnelOfAMemberStateIsReportedOn() {
        clockAt(fixture, ACTED);
        fixture.given(withEvidenceAgainst("MC"))
                .when(new ReportMemberStateAction(REF, MemberStateActionOutcome.ACTION_TAKEN, null))
                .expectException(RuleViolation.class);
        List<Object> unStaff = new ArrayList<>(withEvidenceAgainst("INT"));
        unStaff.add(finding(Finding.SUBSTANTIATED));
        fixture.given(unStaff)
                .when(new ReportMemberStateAction(REF, MemberStateActionOutcome.ACTION_TAKEN, null))
                .expectException(RuleViolation.class);
    }

    @Test
    void theMemberStateActionClockBreachesOnceAfterTheFinding() {
        clockAt(fixture, REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.NORMAL, "UNPOL")),
                        new RecordFinding(REF, Finding.SUBSTANTIATED, "summary", "no evidence could be collected"))
                .whenTimeAdvancesTo(REFERRED.plus(java.time.Duration.ofDays(91)))
                .expectDeadlinesMet(new org.misconduct.clocks.ClockDue(ClockName.MEMBER_STATE_ACTION,
                        Instant.parse("2027-02-18T14:00:00Z")))
                .expectEvents(new ClockBreached(REF, ClockName.MEMBER_STATE_ACTION, REFERRED, Instant.parse("2027-02-18T14:00:00Z")));
    }

    @Test
    void theMemberStateActionClockIsExtendedAfterTheFinding() {
        Instant until = ACTION_DUE.plus(java.time.Duration.ofDays(30));
        clockAt(fixture, ACTED);
        fixture.given(substantiatedAgainstContingent())
                .when(new ExtendClock(REF, ClockName.MEMBER_STATE_ACTION, until, null, "trial under way"))
                .expectEvents(new ClockExtended(REF, ClockName.MEMBER_STATE_ACTION, ACTION_DUE, until, "trial under way", ACTED,
                        "deadline"));
    }

    private static List<Object> withEvidenceAgainst(String personnelCategory) {
        List<Object> history = new ArrayList<>(openedCase(personnelCategory));
        history.add(evidenceRecorded());
        return history;
    }

    private static List<Object> substantiatedAgainstContingent() {
        List<Object> history = withEvidenceAgainst("MC");
        history.add(finding(Finding.SUBSTANTIATED));
        history.add(new ClockStopped(REF, ClockName.INVESTIGATION, REFERRED, true));
        history.add(new ClockStarted(REF, ClockName.MEMBER_STATE_ACTION, FOUND, ACTION_DUE, "deadline-action"));
        return history;
    }
}
