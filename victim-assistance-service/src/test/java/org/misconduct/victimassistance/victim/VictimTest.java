package org.misconduct.victimassistance.victim;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.web.RuleViolation;

class VictimTest {

    private static final String VICTIM = "5b0c7c1e-8a9f-4d3e-9d1b-2f6a0c4e7a11";
    private static final String REF = "ALG-2026-000001";
    private static final Instant REGISTERED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");
    private static final SealedPersonalData SEALED = new SealedPersonalData("pd1:sealed-name", "pd1:sealed-contact", null);

    private FixtureConfiguration<Victim> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Victim.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aVictimIsRegisteredAgainstACaseAtTheTimeOfTheClock() {
        fixture.givenNoPriorActivity()
                .when(new RegisterVictim(VICTIM, REF, AgeGroup.MINOR, Sex.FEMALE, new Consent(true), SEALED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new VictimRegistered(VICTIM, REF, AgeGroup.MINOR, Sex.FEMALE, new Consent(true), SEALED, NOW));
    }

    @Test
    void theRegistrationKeepsThePersonalDataAsSealed() {
        SealedPersonalData nothingGiven = new SealedPersonalData(null, null, null);
        fixture.givenNoPriorActivity()
                .when(new RegisterVictim(VICTIM, REF, AgeGroup.UNKNOWN, Sex.UNKNOWN, new Consent(false), nothingGiven))
                .expectEvents(new VictimRegistered(VICTIM, REF, AgeGroup.UNKNOWN, Sex.UNKNOWN, new Consent(false), nothingGiven, NOW));
    }

    @Test
    void personalDataIsErasedWithTheTimeOfErasure() {
        fixture.given(registered())
                .when(new ErasePersonalData(VICTIM))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new VictimPersonalDataErased(VICTIM, NOW));
    }

    @Test
    void personalDataCannotBeErasedTwice() {
        fixture.given(registered(), new VictimPersonalDataErased(VICTIM, NOW))
                .when(new ErasePersonalData(VICTIM))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void noErasureForAVictimNeverRegistered() {
        fixture.givenNoPriorActivity()
                .when(new ErasePersonalData(VICTIM))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    private static VictimRegistered registered() {
        return new VictimRegistered(VICTIM, REF, AgeGroup.ADULT, Sex.FEMALE, new Consent(true), SEALED, REGISTERED);
    }
}
