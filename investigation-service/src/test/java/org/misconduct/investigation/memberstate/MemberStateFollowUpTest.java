package org.misconduct.investigation.memberstate;

import static org.misconduct.investigation.casefile.CaseFixtures.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.clocks.ClockPolicy;
import org.misconduct.contracts.codes.AllegationType;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.InvestigatingEntity;
import org.misconduct.contracts.codes.Priority;
import org.misconduct.domain.RuleViolation;
import org.misconduct.investigation.casefile.Case;
import org.misconduct.investigation.caseopening.OpenCase;
import org.misconduct.investigation.clocks.ClockBreached;
import org.misconduct.investigation.clocks.ClockStarted;
import org.misconduct.investigation.clocks.ClockStopped;

class MemberStateFollowUpTest {

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureWith(ClockPolicy.defaults());
    }

    @Test
    void aSilentMemberStateBreachesTheIntentClockAndLeavesTheCaseWithOios() {
        clockAt(fixture, REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.NORMAL, "MC")))
                .whenTimeAdvancesTo(INTENT_DUE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName("member-state-intent")
                .expectEvents(
                        new ClockBreached(REF, ClockName.MEMBER_STATE_INTENT, REFERRED, INTENT_DUE),
                        new InvestigatingEntityChanged(REF, InvestigatingEntity.TCC, InvestigatingEntity.OIOS, EntityChangeReason.MEMBER_STATE_SILENT, INTENT_DUE));
    }

    @Test
    void theIntentClockHasNotBreachedOnItsLastWorkingDay() {
        clockAt(fixture, REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.NORMAL, "MC")))
                .whenTimeAdvancesTo(Instant.parse("2026-12-04T23:00:00Z"))
                .expectNoEvents();
    }

    @Test
    void aMemberStateThatDeclinesLeavesTheCaseWithOios() {
        clockAt(fixture, RESPONDED);
        fixture.given(notifiedContingentCase())
                .when(new RecordMemberStateResponse(REF, false, false))
                .expectEvents(
                        new MemberStateResponded(REF, "XAA", false, false, RESPONDED, true),
                        new ClockStopped(REF, ClockName.MEMBER_STATE_INTENT, RESPONDED, true),
                        new InvestigatingEntityChanged(REF, InvestigatingEntity.TCC, InvestigatingEntity.OIOS, EntityChangeReason.MEMBER_STATE_DECLINED, RESPONDED));
    }

    @Test
    void aMemberStateThatWillInvestigateWithoutAnNioStartsTheNioAppointmentClock() {
        clockAt(fixture, RESPONDED);
        fixture.given(notifiedContingentCase())
                .when(new RecordMemberStateResponse(REF, true, false))
                .expectEvents(
                        new MemberStateResponded(REF, "XAA", true, false, RESPONDED, true),
                        new ClockStopped(REF, ClockName.MEMBER_STATE_INTENT, RESPONDED, true),
                        new ClockStarted(REF, ClockName.NIO_APPOINTMENT, RESPONDED, NIO_DUE, null))
                .expectScheduledDeadlineWithName(NIO_DUE, "nio-appointment");
    }

    @Test
    void theNioAppointmentClockBreachesAfterFiveWorkingDays() {
        clockAt(fixture, RESPONDED);
        fixture.givenCurrentTime(RESPONDED)
                .andGiven(notifiedContingentCase())
                .andGivenCommands(new RecordMemberStateResponse(REF, true, false))
                .whenTimeAdvancesTo(NIO_DUE.plusSeconds(1))
                .expectEvents(new ClockBreached(REF, ClockName.NIO_APPOINTMENT, RESPONDED, NIO_DUE));
    }

    @Test
    void aLaterResponseAppointingTheNioStopsItsClock() {
        Instant appointed = Instant.parse("2026-11-30T09:00:00Z");
        clockAt(fixture, appointed);
        fixture.given(withNioClock())
                .when(new RecordMemberStateResponse(REF, true, true))
                .expectEvents(
                        new NioAppointed(REF, "XAA", appointed, true),
                        new ClockStopped(REF, ClockName.NIO_APPOINTMENT, appointed, true));
    }

    @Test
    void anNioAppointedWithTheIntentRunsNoNioClock() {
        clockAt(fixture, RESPONDED);
        fixture.given(notifiedContingentCase())
                .when(new RecordMemberStateResponse(REF, true, true))
                .expectEvents(
                        new MemberStateResponded(REF, "XAA", true, true, RESPONDED, true),
                        new ClockStopped(REF, ClockName.MEMBER_STATE_INTENT, RESPONDED, true),
                        new NioAppointed(REF, "XAA", RESPONDED, true));
    }

    @Test
    void aResponseAfterTheIntentBreachIsRecordedLateAndTheCaseStaysWithOios() {
        Instant late = Instant.parse("2026-12-10T09:00:00Z");
        clockAt(fixture, late);
        List<Object> history = new ArrayList<>(notifiedContingentCase());
        history.add(new ClockBreached(REF, ClockName.MEMBER_STATE_INTENT, REFERRED, INTENT_DUE));
        history.add(new InvestigatingEntityChanged(REF, InvestigatingEntity.TCC, InvestigatingEntity.OIOS, EntityChangeReason.MEMBER_STATE_SILENT, INTENT_DUE));
        fixture.given(history)
                .when(new RecordMemberStateResponse(REF, true, false))
                .expectEvents(
                        new MemberStateResponded(REF, "XAA", true, false, late, false),
                        new ClockStopped(REF, ClockName.MEMBER_STATE_INTENT, late, false));
    }

    @Test
    void aMemberStateResponseIsRecordedOnce() {
        clockAt(fixture, RESPONDED);
        List<Object> history = new ArrayList<>(notifiedContingentCase());
        history.add(new MemberStateResponded(REF, "XAA", false, false, RESPONDED, true));
        fixture.given(history)
                .when(new RecordMemberStateResponse(REF, true, true))
                .expectException(RuleViolation.class);
    }

    @Test
    void noMemberStateRespondsForCivilianStaff() {
        clockAt(fixture, RESPONDED);
        fixture.given(openedCase("INT"))
                .when(new RecordMemberStateResponse(REF, true, false))
                .expectException(RuleViolation.class);
    }
}
