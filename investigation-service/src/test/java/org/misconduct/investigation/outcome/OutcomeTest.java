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
import org.misconduct.contracts.codes.CriminalAuthority;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.contracts.codes.InvestigatingEntity;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.contracts.codes.Priority;
import org.misconduct.domain.RuleViolation;
import org.misconduct.investigation.casefile.Case;
import org.misconduct.investigation.caseopening.OpenCase;
import org.misconduct.investigation.clocks.ClockBreached;
import org.misconduct.investigation.clocks.ClockStopped;

class OutcomeTest {

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureWith(ClockPolicy.defaults());
    }

    @Test
    void aFindingNeedsAPreservedEvidenceItemOrAReason() {
        clockAt(fixture, REFERRED);
        fixture.given(openedCase("INT"))
                .when(new RecordFinding(REF, Finding.SUBSTANTIATED, "summary", " "))
                .expectException(RuleViolation.class);
    }

    @Test
    void aFindingAfterTheInvestigationClockBreachedIsOutsideTheClock() {
        Instant late = Instant.parse("2027-06-01T14:00:00Z");
        clockAt(fixture, late);
        List<Object> history = new ArrayList<>(withEvidence());
        history.add(new ClockBreached(REF, ClockName.INVESTIGATION, REFERRED, INVESTIGATION_DUE));
        fixture.given(history)
                .when(new RecordFinding(REF, Finding.CLOSED, "summary", null))
                .expectEvents(
                        new FindingRecorded(REF, Finding.CLOSED, "summary", null, InvestigatingEntity.TCC, REFERRED, REFERRED, late, 193, false),
                        new ClockStopped(REF, ClockName.INVESTIGATION, late, false));
    }

    @Test
    void aCaseHasOneFinding() {
        clockAt(fixture, REFERRED);
        List<Object> history = new ArrayList<>(withEvidence());
        history.add(finding(Finding.SUBSTANTIATED));
        fixture.given(history)
                .when(new RecordFinding(REF, Finding.CLOSED, "summary", null))
                .expectException(RuleViolation.class);
    }

    @Test
    void aCaseWithAFindingNoLongerBreachesItsOtherClocks() {
        clockAt(fixture, REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.SA, Priority.NORMAL, "MC")),
                        new RecordFinding(REF, Finding.CLOSED, "summary", "no evidence could be collected"))
                .whenTimeAdvancesTo(INVESTIGATION_DUE.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void aCaseIsReferredToEachAuthorityOnce() {
        clockAt(fixture, REFERRED);
        fixture.given(openedCase("MC"))
                .when(new MakeCriminalReferral(REF, CriminalAuthority.SENDING_STATE))
                .expectEvents(new CriminalReferralMade(REF, CriminalAuthority.SENDING_STATE, REFERRED));
        List<Object> history = new ArrayList<>(openedCase("MC"));
        history.add(new CriminalReferralMade(REF, CriminalAuthority.SENDING_STATE, REFERRED));
        fixture.given(history)
                .when(new MakeCriminalReferral(REF, CriminalAuthority.SENDING_STATE))
                .expectException(RuleViolation.class);
    }

    @Test
    void finalActionsFollowASubstantiatedFinding() {
        clockAt(fixture, REFERRED);
        List<Object> history = new ArrayList<>(withEvidence());
        history.add(finding(Finding.SUBSTANTIATED));
        fixture.given(history)
                .when(new TakeDisciplinaryAction(REF, "A1", ActionKind.DISMISSAL, ActionBy.UN, "detail"))
                .expectEvents(new DisciplinaryActionTaken(REF, "A1", ActionKind.DISMISSAL, ActionBy.UN, "detail", PersonnelCategory.INT, "XAA", REFERRED));
    }

    @Test
    void noFinalActionWithoutAFinding() {
        clockAt(fixture, REFERRED);
        fixture.given(withEvidence())
                .when(new TakeDisciplinaryAction(REF, "A1", ActionKind.REPATRIATION, ActionBy.MEMBER_STATE, "detail"))
                .expectException(RuleViolation.class);
    }

    @Test
    void noFinalActionAfterAnUnsubstantiatedFinding() {
        clockAt(fixture, REFERRED);
        List<Object> history = new ArrayList<>(withEvidence());
        history.add(finding(Finding.NOT_SUBSTANTIATED));
        fixture.given(history)
                .when(new TakeDisciplinaryAction(REF, "A1", ActionKind.FINE, ActionBy.UN, "detail"))
                .expectException(RuleViolation.class);
    }
}
