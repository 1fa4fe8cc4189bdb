package org.misconduct.investigation.screening.check;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.codes.ScreeningOutcome;
import org.misconduct.contracts.codes.ScreeningPurpose;
import org.misconduct.domain.RuleViolation;

class ScreeningCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private FixtureConfiguration<ScreeningCheck> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ScreeningCheck.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void everyCheckIsRecordedWithWhoWhenWhyAndItsOutcome() {
        fixture.givenNoPriorActivity()
                .when(new RecordScreeningCheck("C1", "screening.officer", ScreeningPurpose.DEPLOYMENT, ScreeningOutcome.RECORD_FOUND, 1))
                .expectEvents(new ScreeningChecked("C1", "screening.officer", ScreeningPurpose.DEPLOYMENT,
                        ScreeningOutcome.RECORD_FOUND, 1, NOW));
    }

    @Test
    void theOutcomeAgreesWithWhatWasFound() {
        fixture.givenNoPriorActivity()
                .when(new RecordScreeningCheck("C1", "screening.officer", ScreeningPurpose.RECRUITMENT, ScreeningOutcome.NO_RECORD, 2))
                .expectException(RuleViolation.class);
    }
}
