package org.misconduct.intake.allegation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.clocks.ClockDue;
import org.misconduct.clocks.ClockPolicy;
import org.misconduct.contracts.codes.AllegationType;
import org.misconduct.contracts.codes.Channel;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.ClosureReason;
import org.misconduct.contracts.codes.InvestigatingEntity;
import org.misconduct.contracts.codes.NonUnAuthorityKind;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.contracts.codes.Priority;
import org.misconduct.contracts.codes.SeaCategory;
import org.misconduct.domain.RuleViolation;

class NonUnNotificationTest {

    private static final String REF = "ALG-2026-000001";
    private static final Instant RECEIVED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-21T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-20T20:00:00Z");
    private static final NotifiedAuthority GOVERNMENT = new NotifiedAuthority(NonUnAuthorityKind.GOVERNMENT, "Ministry of Defence of Xaa");
    private static final NotifiedAuthority REGIONAL = new NotifiedAuthority(NonUnAuthorityKind.REGIONAL_ORGANIZATION, "Regional body");

    private FixtureConfiguration<Allegation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Allegation.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(ClockPolicy.defaults());
        fixture.registerIgnoredField(NonUnNotificationClockStarted.class, "deadlineId");
    }

    @Test
    void registeringAnAllegationAgainstNonUnForcesStartsTheNotificationClock() {
        fixture.givenCurrentTime(NOW)
                .when(registration(PersonnelCategory.NON_UN))
                .expectEvents(registered(PersonnelCategory.NON_UN), new NonUnNotificationClockStarted(REF, RECEIVED, DUE, "deadline"))
                .expectScheduledDeadline(java.time.Duration.between(NOW, DUE), new ClockDue(ClockName.NON_UN_NOTIFICATION, DUE));
    }

    @Test
    void registeringAnAllegationAgainstContingentPersonnelRunsNoNotificationClock() {
        fixture.givenNoPriorActivity()
                .when(registration(PersonnelCategory.MC))
                .expectEvents(registered(PersonnelCategory.MC))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anAssessmentAsNonUnStartsTheClockAtTheAssessment() {
        fixture.given(registered(PersonnelCategory.UNKNOWN))
                .when(new AssessAllegation(REF, assessment(PersonnelCategory.NON_UN)))
                .expectEvents(new AllegationAssessed(REF, assessment(PersonnelCategory.NON_UN), NOW),
                        new NonUnNotificationClockStarted(REF, NOW, NOW.plusSeconds(86_400), "deadline"));
    }

    @Test
    void aReassessmentThatFindsUnPersonnelWithdrawsTheClock() {
        fixture.given(registered(PersonnelCategory.NON_UN), started())
                .when(new AssessAllegation(REF, assessment(PersonnelCategory.MC)))
                .expectEvents(new AllegationAssessed(REF, assessment(PersonnelCategory.MC), NOW),
                        new NonUnNotificationClockWithdrawn(REF, NOW));
    }

    @Test
    void theFirstNotificationNamesEachAuthorityAndStopsTheClockWithinTime() {
        fixture.given(registered(PersonnelCategory.NON_UN), started())
                .when(new NotifyNonUnForces(REF, List.of(GOVERNMENT, REGIONAL)))
                .expectEvents(new NonUnForcesNotified(REF, "MINUSCA", null, NOW, List.of(GOVERNMENT, REGIONAL), true))
                .expectResultMessagePayload(AllegationStatus.RECEIVED);
    }

    @Test
    void eachAuthorityIsNotifiedOnceAndALaterOneIsNotTimedAgain() {
        NonUnForcesNotified first = new NonUnForcesNotified(REF, "MINUSCA", null, NOW, List.of(GOVERNMENT), true);
        fixture.given(registered(PersonnelCategory.NON_UN), started(), first)
                .when(new NotifyNonUnForces(REF, List.of(new NotifiedAuthority(NonUnAuthorityKind.GOVERNMENT, " ministry of  defence of XAA"))))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(registered(PersonnelCategory.NON_UN), started(), first)
                .when(new NotifyNonUnForces(REF, List.of(GOVERNMENT, REGIONAL)))
                .expectEvents(new NonUnForcesNotified(REF, "MINUSCA", null, NOW, List.of(REGIONAL), null));
    }

    @Test
    void aNotificationAfterTheBreachIsOutsideTheClock() {
        fixture.given(registered(PersonnelCategory.NON_UN), started(), new NonUnNotificationClockBreached(REF, RECEIVED, DUE))
                .when(new NotifyNonUnForces(REF, List.of(GOVERNMENT)))
                .expectEvents(new NonUnForcesNotified(REF, "MINUSCA", null, NOW, List.of(GOVERNMENT), false));
    }

    @Test
    void theNotificationClockBreachesOnce() {
        fixture.givenCurrentTime(NOW).andGivenCommands(registration(PersonnelCategory.NON_UN))
                .whenTimeAdvancesTo(DUE.plusSeconds(1))
                .expectEvents(new NonUnNotificationClockBreached(REF, RECEIVED, DUE));
        fixture.givenCurrentTime(NOW).andGivenCommands(registration(PersonnelCategory.NON_UN), new NotifyNonUnForces(REF, List.of(GOVERNMENT)))
                .whenTimeAdvancesTo(DUE.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void aClosedAllegationAgainstNonUnForcesIsStillNotified() {
        fixture.given(registered(PersonnelCategory.NON_UN), started(),
                        new AllegationClosed(REF, ClosureReason.NOT_UN_PERSONNEL, null, NOW))
                .when(new NotifyNonUnForces(REF, List.of(GOVERNMENT)))
                .expectEvents(new NonUnForcesNotified(REF, "MINUSCA", null, NOW, List.of(GOVERNMENT), true));
    }

    @Test
    void onlyNonUnAllegationsAreNotifiedAndNoneOnceReferred() {
        fixture.given(registered(PersonnelCategory.MC))
                .when(new NotifyNonUnForces(REF, List.of(GOVERNMENT)))
                .expectException(RuleViolation.class);
        fixture.given(registered(PersonnelCategory.MC), new AllegationAssessed(REF, assessment(PersonnelCategory.MC), NOW),
                        new AllegationReferred(REF, InvestigatingEntity.OIOS, NOW, "MINUSCA", RECEIVED, assessment(PersonnelCategory.MC)))
                .when(new NotifyNonUnForces(REF, List.of(GOVERNMENT)))
                .expectException(RuleViolation.class);
    }

    @Test
    void aNotificationOfTheFirstVersionNamedOneAuthority() {
        NonUnForcesNotified firstVersion = new NonUnForcesNotified(REF, "MINUSCA", "Ministry of Defence of Xaa", NOW, null, null);
        fixture.given(registered(PersonnelCategory.NON_UN), firstVersion)
                .when(new NotifyNonUnForces(REF, List.of(new NotifiedAuthority(null, "Ministry of Defence of Xaa"))))
                .expectException(RuleViolation.class);
    }

    private static NonUnNotificationClockStarted started() {
        return new NonUnNotificationClockStarted(REF, RECEIVED, DUE, "deadline-1");
    }

    private static RegisterAllegation registration(PersonnelCategory category) {
        return new RegisterAllegation(REF, RECEIVED, "MINUSCA", Channel.HOTLINE, "fr", LocalDate.parse("2026-11-18"),
                category, null, 1, false, true, null, narrative(), complainant(), "hash");
    }

    private static AllegationRegistered registered(PersonnelCategory category) {
        return new AllegationRegistered(REF, RECEIVED, "MINUSCA", Channel.HOTLINE, "fr", LocalDate.parse("2026-11-18"),
                category, null, 1, false, true, null, narrative(), complainant(), "hash");
    }

    private static SealedNarrative narrative() {
        return new SealedNarrative("case-file:" + REF, "pd1:sealed-description", "pd1:sealed-location");
    }

    private static SealedComplainant complainant() {
        return new SealedComplainant("complainant-1", "pd1:sealed-name", null);
    }

    private static Assessment assessment(PersonnelCategory category) {
        return new Assessment(AllegationType.SE, SeaCategory.TRANSACTIONAL_SEX, category, null, null, 1, false, Priority.NORMAL);
    }
}
