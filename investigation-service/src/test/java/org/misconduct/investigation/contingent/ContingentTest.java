package org.misconduct.investigation.contingent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.domain.RuleViolation;

class ContingentTest {

    private static final ContingentUnit BATTALION = ContingentUnit.of("MINUSCA", "XAA", "XAA-BATT-1");
    private static final String ID = BATTALION.contingentId();
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant JANUARY = Instant.parse("2026-01-10T00:00:00Z");
    private static final Instant MARCH = Instant.parse("2026-03-10T00:00:00Z");
    private static final Instant JUNE = Instant.parse("2026-06-10T00:00:00Z");

    private FixtureConfiguration<Contingent> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contingent.class);
        fixture.registerInjectableResource(new ContingentPolicy(3, Duration.ofDays(180)));
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void theFirstReferredAllegationIsCountedWithoutAFlag() {
        fixture.givenNoPriorActivity()
                .when(new CountReferredAllegation(ID, BATTALION, "ALG-2026-000001", JANUARY))
                .expectEvents(counted("ALG-2026-000001", JANUARY));
    }

    @Test
    void aContingentReachingTheThresholdWithinTheWindowIsFlagged() {
        fixture.given(counted("ALG-2026-000001", JANUARY), counted("ALG-2026-000002", MARCH))
                .when(new CountReferredAllegation(ID, BATTALION, "ALG-2026-000003", JUNE))
                .expectEvents(counted("ALG-2026-000003", JUNE),
                        new ContingentFlagged(ID, "MINUSCA", "XAA", "XAA-BATT-1", FlagReason.REFERRED_SEA_ALLEGATIONS,
                                List.of("ALG-2026-000001", "ALG-2026-000002", "ALG-2026-000003"), NOW));
    }

    @Test
    void allegationsSpreadWiderThanTheWindowFlagNothing() {
        Instant december = Instant.parse("2026-12-10T00:00:00Z");
        fixture.given(counted("ALG-2026-000001", JANUARY), counted("ALG-2026-000002", JUNE))
                .when(new CountReferredAllegation(ID, BATTALION, "ALG-2026-000003", december))
                .expectEvents(counted("ALG-2026-000003", december));
    }

    @Test
    void anAllegationIsCountedOnce() {
        fixture.given(counted("ALG-2026-000001", JANUARY))
                .when(new CountReferredAllegation(ID, BATTALION, "ALG-2026-000001", JANUARY))
                .expectNoEvents();
    }

    @Test
    void aContingentIsFlaggedForItsAllegationsOnce() {
        fixture.given(counted("ALG-2026-000001", JANUARY), counted("ALG-2026-000002", MARCH), counted("ALG-2026-000003", JUNE),
                        flagged(FlagReason.REFERRED_SEA_ALLEGATIONS))
                .when(new CountReferredAllegation(ID, BATTALION, "ALG-2026-000004", JUNE))
                .expectEvents(counted("ALG-2026-000004", JUNE));
    }

    @Test
    void aMemberStateSilentPastItsIntentClockFlagsItsContingent() {
        fixture.givenNoPriorActivity()
                .when(new RecordMemberStateSilence(ID, BATTALION, "ALG-2026-000009"))
                .expectEvents(new ContingentFlagged(ID, "MINUSCA", "XAA", "XAA-BATT-1", FlagReason.MEMBER_STATE_INTENT_BREACHED,
                        List.of("ALG-2026-000009"), NOW));
    }

    @Test
    void aFlaggedContingentIsRepatriatedWithAllItsCases() {
        fixture.given(counted("ALG-2026-000001", JANUARY), flagged(FlagReason.MEMBER_STATE_INTENT_BREACHED))
                .when(new RepatriateContingent(ID))
                .expectEvents(new ContingentRepatriated(ID, "MINUSCA", "XAA", "XAA-BATT-1",
                        List.of("ALG-2026-000001", "ALG-2026-000002"), NOW));
    }

    @Test
    void repatriationFollowsAFlag() {
        fixture.given(counted("ALG-2026-000001", JANUARY))
                .when(new RepatriateContingent(ID))
                .expectException(RuleViolation.class);
    }

    @Test
    void aContingentIsRepatriatedOnce() {
        fixture.given(counted("ALG-2026-000001", JANUARY), flagged(FlagReason.MEMBER_STATE_INTENT_BREACHED),
                        new ContingentRepatriated(ID, "MINUSCA", "XAA", "XAA-BATT-1", List.of("ALG-2026-000001"), NOW))
                .when(new RepatriateContingent(ID))
                .expectException(RuleViolation.class);
    }

    private static ReferredAllegationCounted counted(String caseReference, Instant receivedAt) {
        return new ReferredAllegationCounted(ID, "MINUSCA", "XAA", "XAA-BATT-1", caseReference, receivedAt);
    }

    private static ContingentFlagged flagged(FlagReason reason) {
        return new ContingentFlagged(ID, "MINUSCA", "XAA", "XAA-BATT-1", reason, List.of("ALG-2026-000002"), NOW);
    }
}
