package org.misconduct.investigation.clocks;

import static org.misconduct.investigation.casefile.CaseFixtures.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.clocks.ClockDuration;
import org.misconduct.clocks.ClockPolicy;
import org.misconduct.contracts.codes.AllegationType;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.contracts.codes.Priority;
import org.misconduct.domain.RuleViolation;
import org.misconduct.investigation.casefile.Case;
import org.misconduct.investigation.caseopening.OpenCase;
import org.misconduct.investigation.evidence.EvidencePreserved;
import org.misconduct.investigation.evidence.RecordEvidencePreserved;

class CaseClocksTest {

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureWith(ClockPolicy.defaults());
    }

    @Test
    void investigationClockBreachesAfterSixMonths() {
        clockAt(fixture, REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.NORMAL, "INT")))
                .whenTimeElapses(Duration.between(REFERRED, INVESTIGATION_DUE).plusMinutes(1))
                .expectTriggeredDeadlinesWithName("investigation")
                .expectEvents(new ClockBreached(REF, ClockName.INVESTIGATION, REFERRED, INVESTIGATION_DUE));
    }

    @Test
    void urgentInvestigationClockBreachesAfterNinetyDays() {
        clockAt(fixture, REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.URGENT, "INT")))
                .whenTimeElapses(Duration.ofDays(90).plusMinutes(1))
                .expectEvents(new ClockBreached(REF, ClockName.INVESTIGATION, REFERRED, URGENT_INVESTIGATION_DUE));
    }

    @Test
    void anUrgentInvestigationIsNotBreachedBeforeNinetyDays() {
        clockAt(fixture, REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.OTHER_MISCONDUCT, Priority.URGENT, "INT")))
                .whenTimeElapses(Duration.ofDays(89))
                .expectNoEvents();
    }

    @Test
    void theOldDueTimeOfAnExtendedClockPassesWithoutBreach() {
        clockAt(fixture, REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.SA, Priority.NORMAL, "INT")),
                        new ExtendClock(REF, ClockName.EVIDENCE_PRESERVATION, null, ClockDuration.of("PT24H"), "victim in hospital"))
                .whenTimeAdvancesTo(EVIDENCE_DUE.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void anExtendedClockBreachesAtItsNewDueTime() {
        Instant extendedTo = EVIDENCE_DUE.plus(Duration.ofHours(24));
        clockAt(fixture, REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.SA, Priority.NORMAL, "INT")),
                        new ExtendClock(REF, ClockName.EVIDENCE_PRESERVATION, extendedTo, null, "victim in hospital"))
                .whenTimeAdvancesTo(extendedTo.plusSeconds(1))
                .expectTriggeredDeadlinesWithName("evidence-preservation")
                .expectEvents(new ClockBreached(REF, ClockName.EVIDENCE_PRESERVATION, RECEIVED, extendedTo));
    }

    @Test
    void anExtensionIsAnEventWithItsReason() {
        clockAt(fixture, REFERRED);
        Instant extendedTo = EVIDENCE_DUE.plus(Duration.ofHours(24));
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.SA, Priority.NORMAL, "INT")))
                .when(new ExtendClock(REF, ClockName.EVIDENCE_PRESERVATION, extendedTo, null, "victim in hospital"))
                .expectEvents(new ClockExtended(REF, ClockName.EVIDENCE_PRESERVATION, EVIDENCE_DUE, extendedTo, "victim in hospital",
                        REFERRED, null))
                .expectScheduledDeadlineWithName(extendedTo, "evidence-preservation");
    }

    @Test
    void extendingABreachedClockArmsNoNewDeadline() {
        Instant late = Instant.parse("2026-11-24T10:00:00Z");
        Instant extendedTo = EVIDENCE_DUE.plus(Duration.ofDays(3));
        clockAt(fixture, late);
        fixture.given(breachedEvidenceClock())
                .when(new ExtendClock(REF, ClockName.EVIDENCE_PRESERVATION, extendedTo, null, "late lab"))
                .expectEvents(new ClockExtended(REF, ClockName.EVIDENCE_PRESERVATION, EVIDENCE_DUE, extendedTo, "late lab", late, null))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anExtensionNeverErasesABreach() {
        Instant late = Instant.parse("2026-11-24T10:00:00Z");
        Instant extendedTo = EVIDENCE_DUE.plus(Duration.ofDays(3));
        clockAt(fixture, late);
        List<Object> history = new ArrayList<>(breachedEvidenceClock());
        history.add(new ClockExtended(REF, ClockName.EVIDENCE_PRESERVATION, EVIDENCE_DUE, extendedTo, "late lab", late, null));
        fixture.given(history)
                .when(new RecordEvidencePreserved(REF))
                .expectEvents(new EvidencePreserved(REF, late, false),
                        new ClockStopped(REF, ClockName.EVIDENCE_PRESERVATION, late, false));
    }

    @Test
    void anExtensionMovesTheDueTimeLater() {
        clockAt(fixture, REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.SA, Priority.NORMAL, "INT")))
                .when(new ExtendClock(REF, ClockName.EVIDENCE_PRESERVATION, EVIDENCE_DUE.minusSeconds(60), null, "reason"))
                .expectException(RuleViolation.class);
    }

    @Test
    void aStoppedClockIsNotExtended() {
        clockAt(fixture, REFERRED);
        fixture.givenCurrentTime(REFERRED)
                .andGivenCommands(new OpenCase(REF, allegation(AllegationType.SA, Priority.NORMAL, "INT")),
                        new RecordEvidencePreserved(REF))
                .when(new ExtendClock(REF, ClockName.EVIDENCE_PRESERVATION, null, ClockDuration.of("P1D"), "reason"))
                .expectException(RuleViolation.class);
    }

    @Test
    void aCaseWithAFindingGetsNoMoreTime() {
        clockAt(fixture, REFERRED);
        List<Object> history = new ArrayList<>(openedCase("INT"));
        history.add(new ClockStarted(REF, ClockName.EVIDENCE_PRESERVATION, RECEIVED, EVIDENCE_DUE, "deadline-evidence"));
        history.add(finding(Finding.CLOSED));
        fixture.given(history)
                .when(new ExtendClock(REF, ClockName.EVIDENCE_PRESERVATION, null, ClockDuration.of("P1D"), "reason"))
                .expectException(RuleViolation.class);
    }
}
