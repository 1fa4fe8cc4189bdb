package org.misconduct.investigation.outcome;

import static org.misconduct.investigation.casefile.CaseFixtures.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.clocks.ClockPolicy;
import org.misconduct.contracts.codes.CriminalAuthority;
import org.misconduct.contracts.codes.CriminalReferralStatus;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.domain.NotFound;
import org.misconduct.domain.RuleViolation;
import org.misconduct.investigation.casefile.Case;

class CriminalReferralOutcomeTest {

    private static final Instant CONVICTED = Instant.parse("2027-03-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2027-03-05T10:00:00Z");

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureWith(ClockPolicy.defaults());
        clockAt(fixture, NOW);
    }

    @Test
    void theOutcomeOfAReferralIsRecordedAlsoAfterTheFinding() {
        List<Object> history = referredToSendingState();
        history.add(finding(Finding.SUBSTANTIATED));
        fixture.given(history)
                .when(new RecordCriminalReferralOutcome(REF, CriminalAuthority.SENDING_STATE, CriminalReferralStatus.CONVICTED,
                        CONVICTED, "sealed"))
                .expectEvents(new CriminalReferralOutcomeRecorded(REF, CriminalAuthority.SENDING_STATE,
                        CriminalReferralStatus.CONVICTED, CONVICTED, "sealed", NOW));
    }

    @Test
    void anOutcomeNeedsAReferralToThatAuthority() {
        fixture.given(referredToSendingState())
                .when(new RecordCriminalReferralOutcome(REF, CriminalAuthority.HOST_STATE, CriminalReferralStatus.DECLINED,
                        CONVICTED, null))
                .expectException(NotFound.class);
    }

    @Test
    void anOutcomeIsDatedBetweenTheReferralAndNow() {
        fixture.given(referredToSendingState())
                .when(new RecordCriminalReferralOutcome(REF, CriminalAuthority.SENDING_STATE, CriminalReferralStatus.PROSECUTED,
                        NOW.plusSeconds(60), null))
                .expectException(RuleViolation.class);
        fixture.given(referredToSendingState())
                .when(new RecordCriminalReferralOutcome(REF, CriminalAuthority.SENDING_STATE, CriminalReferralStatus.NO_RESPONSE,
                        REFERRED.minusSeconds(60), null))
                .expectException(RuleViolation.class);
    }

    private static List<Object> referredToSendingState() {
        List<Object> history = new ArrayList<>(openedCase("MC"));
        history.add(evidenceRecorded());
        history.add(new CriminalReferralMade(REF, CriminalAuthority.SENDING_STATE, REFERRED));
        return history;
    }
}
