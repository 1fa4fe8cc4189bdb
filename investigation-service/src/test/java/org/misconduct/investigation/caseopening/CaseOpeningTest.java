package org.misconduct.investigation.caseopening;

import static org.misconduct.investigation.casefile.CaseFixtures.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.clocks.ClockPolicy;
import org.misconduct.contracts.codes.AllegationType;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.contracts.codes.Priority;
import org.misconduct.investigation.casefile.Case;
import org.misconduct.investigation.clocks.ClockStarted;
import org.misconduct.investigation.memberstate.MemberStateNotified;

class CaseOpeningTest {

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureWith(ClockPolicy.defaults());
    }

    @Test
    void aReferralOfSexualAbuseByAContingentOpensACaseNotifiesTheMemberStateAndStartsItsClocks() {
        clockAt(fixture, REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .when(new OpenCase(REF, allegation(AllegationType.SA, Priority.NORMAL, "MC")))
                .expectEvents(
                        new CaseOpened(REF, allegation(AllegationType.SA, Priority.NORMAL, "MC"), REFERRED),
                        new ClockStarted(REF, ClockName.EVIDENCE_PRESERVATION, RECEIVED, EVIDENCE_DUE, null),
                        new ClockStarted(REF, ClockName.INVESTIGATION, REFERRED, INVESTIGATION_DUE, null),
                        new MemberStateNotified(REF, "XAA", PersonnelCategory.MC, REFERRED, INTENT_DUE),
                        new ClockStarted(REF, ClockName.MEMBER_STATE_INTENT, REFERRED, INTENT_DUE, null))
                .expectScheduledDeadlineWithName(Duration.between(REFERRED, EVIDENCE_DUE), "evidence-preservation")
                .expectScheduledDeadlineWithName(Duration.between(REFERRED, INVESTIGATION_DUE), "investigation")
                .expectScheduledDeadlineWithName(Duration.between(REFERRED, INTENT_DUE), "member-state-intent");
    }

    @Test
    void civilianStaffCasesNotifyNoMemberState() {
        clockAt(fixture, REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .when(new OpenCase(REF, allegation(AllegationType.SE, Priority.NORMAL, "INT")))
                .expectEvents(
                        new CaseOpened(REF, allegation(AllegationType.SE, Priority.NORMAL, "INT"), REFERRED),
                        new ClockStarted(REF, ClockName.EVIDENCE_PRESERVATION, RECEIVED, EVIDENCE_DUE, null),
                        new ClockStarted(REF, ClockName.INVESTIGATION, REFERRED, INVESTIGATION_DUE, null));
    }

    @Test
    void otherMisconductRunsNoEvidencePreservationClock() {
        clockAt(fixture, REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .when(new OpenCase(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.NORMAL, "INT")))
                .expectEvents(
                        new CaseOpened(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.NORMAL, "INT"), REFERRED),
                        new ClockStarted(REF, ClockName.INVESTIGATION, REFERRED, INVESTIGATION_DUE, null));
    }

    @Test
    void anUrgentInvestigationIsDueInNinetyDays() {
        clockAt(fixture, REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .when(new OpenCase(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.URGENT, "INT")))
                .expectEvents(
                        new CaseOpened(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.URGENT, "INT"), REFERRED),
                        new ClockStarted(REF, ClockName.INVESTIGATION, REFERRED, URGENT_INVESTIGATION_DUE, null));
    }

    @Test
    void theMemberStateIntentClockSkipsConfiguredHolidays() {
        fixture = fixtureWith(ClockPolicy.of(Map.of("misconduct.clocks.calendar.holidays", "2026-12-01")));
        clockAt(fixture, REFERRED);
        Instant dueAfterHoliday = Instant.parse("2026-12-08T00:00:00Z");
        fixture.givenCurrentTime(REFERRED)
                .when(new OpenCase(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.NORMAL, "FPU")))
                .expectEvents(
                        new CaseOpened(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.NORMAL, "FPU"), REFERRED),
                        new ClockStarted(REF, ClockName.INVESTIGATION, REFERRED, INVESTIGATION_DUE, null),
                        new MemberStateNotified(REF, "XAA", PersonnelCategory.FPU, REFERRED, dueAfterHoliday),
                        new ClockStarted(REF, ClockName.MEMBER_STATE_INTENT, REFERRED, dueAfterHoliday, null));
    }
}
