package org.misconduct.investigation.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.investigation.clock.ClockBreached;
import org.misconduct.investigation.clock.ClockName;
import org.misconduct.investigation.clock.ClockPolicy;
import org.misconduct.investigation.clock.ClockStarted;
import org.misconduct.investigation.clock.ClockStopped;
import org.misconduct.web.RuleViolation;

class CaseTest {

    private static final String REF = "ALG-2026-000042";
    private static final Instant RECEIVED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant REFERRED = Instant.parse("2026-11-20T14:00:00Z");
    private static final Instant EVIDENCE_DUE = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant INVESTIGATION_DUE = Instant.parse("2027-05-20T14:00:00Z");
    private static final Instant URGENT_INVESTIGATION_DUE = Instant.parse("2027-02-18T14:00:00Z");

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerInjectableResource(ClockPolicy.defaults());
        fixture.registerIgnoredField(ClockStarted.class, "deadlineId");
    }

    @Test
    void aReferralOfSexualAbuseOpensACaseWithEvidenceAndInvestigationClocks() {
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .when(new OpenCase(REF, allegation(AllegationType.SA, Priority.NORMAL)))
                .expectEvents(
                        new CaseOpened(REF, allegation(AllegationType.SA, Priority.NORMAL), REFERRED),
                        new ClockStarted(REF, ClockName.EVIDENCE_PRESERVATION, RECEIVED, EVIDENCE_DUE, null),
                        new ClockStarted(REF, ClockName.INVESTIGATION, REFERRED, INVESTIGATION_DUE, null))
                .expectScheduledDeadlineWithName(Duration.between(REFERRED, EVIDENCE_DUE), "evidence-preservation")
                .expectScheduledDeadlineWithName(Duration.between(REFERRED, INVESTIGATION_DUE), "investigation");
    }

    @Test
    void otherMisconductRunsNoEvidencePreservationClock() {
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .when(new OpenCase(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.NORMAL)))
                .expectEvents(
                        new CaseOpened(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.NORMAL), REFERRED),
                        new ClockStarted(REF, ClockName.INVESTIGATION, REFERRED, INVESTIGATION_DUE, null));
    }

    @Test
    void anUrgentInvestigationIsDueInNinetyDays() {
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .when(new OpenCase(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.URGENT)))
                .expectEvents(
                        new CaseOpened(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.URGENT), REFERRED),
                        new ClockStarted(REF, ClockName.INVESTIGATION, REFERRED, URGENT_INVESTIGATION_DUE, null));
    }

    @Test
    void evidenceClockBreachesAfter72Hours() {
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.SE, Priority.NORMAL)))
                .whenTimeAdvancesTo(EVIDENCE_DUE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName("evidence-preservation")
                .expectEvents(new ClockBreached(REF, ClockName.EVIDENCE_PRESERVATION, RECEIVED, EVIDENCE_DUE));
    }

    @Test
    void evidencePreservedInTimeStopsTheClockAndCancelsItsDeadline() {
        Instant preserved = Instant.parse("2026-11-21T10:00:00Z");
        clockAt(preserved);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.SA, Priority.NORMAL)))
                .when(new RecordEvidencePreserved(REF))
                .expectEvents(
                        new EvidencePreserved(REF, preserved, true),
                        new ClockStopped(REF, ClockName.EVIDENCE_PRESERVATION, preserved, true))
                .expectNoScheduledDeadlineWithName(Duration.between(REFERRED, EVIDENCE_DUE), "evidence-preservation");
    }

    @Test
    void evidencePreservedAfterABreachStillCountsAsLate() {
        Instant late = Instant.parse("2026-11-24T10:00:00Z");
        clockAt(late);
        fixture.given(
                        new CaseOpened(REF, allegation(AllegationType.SA, Priority.NORMAL), REFERRED),
                        new ClockStarted(REF, ClockName.EVIDENCE_PRESERVATION, RECEIVED, EVIDENCE_DUE, "deadline-1"),
                        new ClockBreached(REF, ClockName.EVIDENCE_PRESERVATION, RECEIVED, EVIDENCE_DUE))
                .when(new RecordEvidencePreserved(REF))
                .expectEvents(
                        new EvidencePreserved(REF, late, false),
                        new ClockStopped(REF, ClockName.EVIDENCE_PRESERVATION, late, false));
    }

    @Test
    void evidenceIsRecordedAsPreservedOnce() {
        clockAt(REFERRED);
        fixture.given(
                        new CaseOpened(REF, allegation(AllegationType.SA, Priority.NORMAL), REFERRED),
                        new EvidencePreserved(REF, REFERRED, true))
                .when(new RecordEvidencePreserved(REF))
                .expectException(RuleViolation.class);
    }

    @Test
    void aStoppedClockDoesNotBreach() {
        clockAt(REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.SA, Priority.NORMAL)),
                        new RecordEvidencePreserved(REF))
                .whenTimeAdvancesTo(EVIDENCE_DUE.plusSeconds(1))
                .expectNoEvents();
    }

    private void clockAt(Instant now) {
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Allegation allegation(AllegationType type, Priority priority) {
        return new Allegation("MINUSCA", type, type == AllegationType.OTHER_MISCONDUCT ? null : "TRANSACTIONAL_SEX", "MC",
                "XAA", "XAA-BATT-1", 1, false, priority, "TCC", RECEIVED, REFERRED);
    }
}
