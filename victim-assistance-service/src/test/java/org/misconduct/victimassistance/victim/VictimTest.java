package org.misconduct.victimassistance.victim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.clocks.ClockPolicy;
import org.misconduct.contracts.codes.AgeGroup;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.domain.NotFound;
import org.misconduct.domain.RuleViolation;
import org.misconduct.victimassistance.clock.FirstContactClockBreached;
import org.misconduct.victimassistance.clock.FirstContactClockStarted;
import org.misconduct.victimassistance.clock.FirstContactClockStopped;

class VictimTest {

    private static final String VICTIM = "5b0c7c1e-8a9f-4d3e-9d1b-2f6a0c4e7a11";
    private static final String REF = "ALG-2026-000001";
    private static final Instant REGISTERED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant FIRST_CONTACT_DUE = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");
    private static final SealedPersonalData SEALED = new SealedPersonalData("pd1:sealed-name", "pd1:sealed-contact", null);
    private static final String NEED = "need-1";
    private static final String REFERRAL = "referral-1";
    private static final String CLAIM = "claim-1";
    private static final String PROVIDER = "Hôpital Communautaire";
    private static final String FIRST_CONTACT = ClockName.VICTIM_FIRST_CONTACT.wireName();

    private AggregateTestFixture<Victim> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Victim.class);
        fixture.registerInjectableResource(new FixtureClock());
        fixture.registerInjectableResource(ClockPolicy.defaults());
        fixture.registerIgnoredField(FirstContactClockStarted.class, "deadlineId");
    }

    // Registration and its first-contact clock

    @Test
    void aVictimIsRegisteredAgainstACaseAtTheTimeOfTheClock() {
        fixture.givenCurrentTime(NOW)
                .when(new RegisterVictim(VICTIM, REF, AgeGroup.MINOR, Sex.FEMALE, new Consent(true), SEALED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new VictimRegistered(VICTIM, REF, AgeGroup.MINOR, Sex.FEMALE, new Consent(true), SEALED, NOW),
                        new FirstContactClockStarted(VICTIM, REF, NOW, NOW.plus(Duration.ofHours(72)), null));
    }

    @Test
    void theRegistrationKeepsThePersonalDataAsSealed() {
        SealedPersonalData nothingGiven = new SealedPersonalData(null, null, null);
        fixture.givenCurrentTime(NOW)
                .when(new RegisterVictim(VICTIM, REF, AgeGroup.UNKNOWN, Sex.UNKNOWN, new Consent(false), nothingGiven))
                .expectEvents(
                        new VictimRegistered(VICTIM, REF, AgeGroup.UNKNOWN, Sex.UNKNOWN, new Consent(false), nothingGiven, NOW),
                        new FirstContactClockStarted(VICTIM, REF, NOW, NOW.plus(Duration.ofHours(72)), null));
    }

    @Test
    void registrationStartsAFirstContactClockDueIn72Hours() {
        fixture.givenCurrentTime(REGISTERED)
                .when(register())
                .expectScheduledDeadlineWithName(FIRST_CONTACT_DUE, FIRST_CONTACT);
    }

    @Test
    void theFirstContactClockRunsAsLongAsPolicySays() {
        fixture = new AggregateTestFixture<>(Victim.class);
        fixture.registerInjectableResource(new FixtureClock());
        fixture.registerInjectableResource(ClockPolicy.of(Map.of("misconduct.clocks.victim-first-contact", "PT24H")));
        fixture.registerIgnoredField(FirstContactClockStarted.class, "deadlineId");
        fixture.givenCurrentTime(REGISTERED)
                .when(register())
                .expectEvents(
                        new VictimRegistered(VICTIM, REF, AgeGroup.ADULT, Sex.FEMALE, new Consent(true), SEALED, REGISTERED),
                        new FirstContactClockStarted(VICTIM, REF, REGISTERED, REGISTERED.plus(Duration.ofHours(24)), null))
                .expectScheduledDeadlineWithName(Duration.ofHours(24), FIRST_CONTACT);
    }

    @Test
    void firstContactClockBreachesAfter72HoursWithoutAssistance() {
        fixture.givenCurrentTime(REGISTERED)
                .andGivenCommands(register())
                .whenTimeAdvancesTo(FIRST_CONTACT_DUE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(FIRST_CONTACT)
                .expectEvents(new FirstContactClockBreached(VICTIM, REF, REGISTERED, FIRST_CONTACT_DUE, FIRST_CONTACT_DUE));
    }

    @Test
    void aBreachedClockBreachesNoMore() {
        fixture.givenCurrentTime(REGISTERED)
                .andGivenCommands(register())
                .andGiven(new FirstContactClockBreached(VICTIM, REF, REGISTERED, FIRST_CONTACT_DUE, FIRST_CONTACT_DUE))
                .whenTimeAdvancesTo(FIRST_CONTACT_DUE.plus(Duration.ofDays(30)))
                .expectTriggeredDeadlinesWithName(FIRST_CONTACT)
                .expectNoEvents();
    }

    @Test
    void aNeedMetByAssistanceReferredBeforeTheClockRanOutDoesNotBreach() {
        fixture.givenCurrentTime(REGISTERED)
                .andGivenCommands(register(), new IdentifyNeed(VICTIM, NEED, NeedKind.MEDICAL),
                        new ReferToProvider(VICTIM, REFERRAL, NEED, PROVIDER), new RecordDelivery(VICTIM, REFERRAL))
                .whenTimeAdvancesTo(FIRST_CONTACT_DUE.plusSeconds(1))
                .expectNoEvents()
                .expectTriggeredDeadlinesWithName();
    }

    @Test
    void firstDeliveryInTimeStopsTheClockAndCancelsItsDeadline() {
        Instant delivered = REGISTERED;
        fixture.givenCurrentTime(REGISTERED)
                .andGivenCommands(register(), new IdentifyNeed(VICTIM, NEED, NeedKind.MEDICAL),
                        new ReferToProvider(VICTIM, REFERRAL, NEED, PROVIDER))
                .when(new RecordDelivery(VICTIM, REFERRAL))
                .expectEvents(
                        new AssistanceDelivered(VICTIM, REF, REFERRAL, NEED, NeedKind.MEDICAL, delivered),
                        new FirstContactClockStopped(VICTIM, REF, delivered, true))
                .expectNoScheduledDeadlineWithName(FIRST_CONTACT_DUE, FIRST_CONTACT);
    }

    @Test
    void assistanceAfterABreachStopsTheClockAsMissed() {
        Instant late = FIRST_CONTACT_DUE.plus(Duration.ofDays(2));
        fixture.givenCurrentTime(late)
                .andGiven(registered(), clockStarted(), needIdentified(NEED, NeedKind.MEDICAL), referred(REFERRAL, NEED, NeedKind.MEDICAL),
                        new FirstContactClockBreached(VICTIM, REF, REGISTERED, FIRST_CONTACT_DUE, FIRST_CONTACT_DUE))
                .when(new RecordDelivery(VICTIM, REFERRAL))
                .expectEvents(
                        new AssistanceDelivered(VICTIM, REF, REFERRAL, NEED, NeedKind.MEDICAL, late),
                        new FirstContactClockStopped(VICTIM, REF, late, false));
    }

    @Test
    void onlyTheFirstDeliveryStopsTheFirstContactClock() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), clockStarted(),
                        needIdentified(NEED, NeedKind.MEDICAL), referred(REFERRAL, NEED, NeedKind.MEDICAL),
                        new AssistanceDelivered(VICTIM, REF, REFERRAL, NEED, NeedKind.MEDICAL, REGISTERED.plusSeconds(60)),
                        new FirstContactClockStopped(VICTIM, REF, REGISTERED.plusSeconds(60), true),
                        needIdentified("need-2", NeedKind.LEGAL), referred("referral-2", "need-2", NeedKind.LEGAL))
                .when(new RecordDelivery(VICTIM, "referral-2"))
                .expectEvents(new AssistanceDelivered(VICTIM, REF, "referral-2", "need-2", NeedKind.LEGAL, NOW));
    }

    // Consent

    @Test
    void consentToShareIsWithdrawnAsAnEvent() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), clockStarted())
                .when(new ChangeSharingConsent(VICTIM, false))
                .expectEvents(new SharingConsentWithdrawn(VICTIM, REF, NOW));
    }

    @Test
    void consentToShareIsGivenAgainAfterItsWithdrawal() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), clockStarted(), new SharingConsentWithdrawn(VICTIM, REF, REGISTERED))
                .when(new ChangeSharingConsent(VICTIM, true))
                .expectEvents(new SharingConsentGiven(VICTIM, REF, NOW));
    }

    @Test
    void consentAlreadyGivenIsNotGivenTwice() {
        fixture.given(registered(), clockStarted())
                .when(new ChangeSharingConsent(VICTIM, true))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void consentNeverGivenCannotBeWithdrawn() {
        fixture.given(new VictimRegistered(VICTIM, REF, AgeGroup.ADULT, Sex.MALE, new Consent(false), SEALED, REGISTERED), clockStarted())
                .when(new ChangeSharingConsent(VICTIM, false))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    // Needs

    @Test
    void aNeedIsIdentifiedWithItsDate() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), clockStarted())
                .when(new IdentifyNeed(VICTIM, NEED, NeedKind.PSYCHOSOCIAL))
                .expectEvents(new NeedIdentified(VICTIM, NEED, NeedKind.PSYCHOSOCIAL, NOW));
    }

    @Test
    void aVictimHasAtMostOneOpenNeedOfAKind() {
        fixture.given(registered(), clockStarted(), needIdentified(NEED, NeedKind.SAFETY))
                .when(new IdentifyNeed(VICTIM, "need-2", NeedKind.SAFETY))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aMetNeedMayAriseAgain() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), clockStarted(), needIdentified(NEED, NeedKind.MATERIAL), referred(REFERRAL, NEED, NeedKind.MATERIAL),
                        new AssistanceDelivered(VICTIM, REF, REFERRAL, NEED, NeedKind.MATERIAL, REGISTERED.plusSeconds(60)))
                .when(new IdentifyNeed(VICTIM, "need-2", NeedKind.MATERIAL))
                .expectEvents(new NeedIdentified(VICTIM, "need-2", NeedKind.MATERIAL, NOW));
    }

    @Test
    void needsNoMoreThanTheVictimNeverRegistered() {
        fixture.givenNoPriorActivity()
                .when(new IdentifyNeed(VICTIM, NEED, NeedKind.MEDICAL))
                .expectException(AggregateNotFoundException.class);
    }

    // Referrals

    @Test
    void aReferralIsForAnOpenNeedNamedByItsId() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), clockStarted(), needIdentified(NEED, NeedKind.LEGAL))
                .when(new ReferToProvider(VICTIM, REFERRAL, NEED, PROVIDER))
                .expectEvents(new AssistanceReferred(VICTIM, REFERRAL, NEED, NeedKind.LEGAL, PROVIDER, NOW));
    }

    @Test
    void aReferralMayNameTheOpenNeedByItsKind() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), clockStarted(), needIdentified(NEED, NeedKind.LEGAL))
                .when(new ReferToProvider(VICTIM, REFERRAL, "LEGAL", PROVIDER))
                .expectEvents(new AssistanceReferred(VICTIM, REFERRAL, NEED, NeedKind.LEGAL, PROVIDER, NOW));
    }

    @Test
    void aReferralMustBeForAnOpenNeed() {
        fixture.given(registered(), clockStarted(), needIdentified(NEED, NeedKind.LEGAL))
                .when(new ReferToProvider(VICTIM, REFERRAL, "MEDICAL", PROVIDER))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aMetNeedIsNotReferredAgain() {
        fixture.given(registered(), clockStarted(), needIdentified(NEED, NeedKind.LEGAL), referred(REFERRAL, NEED, NeedKind.LEGAL),
                        new AssistanceDelivered(VICTIM, REF, REFERRAL, NEED, NeedKind.LEGAL, NOW))
                .when(new ReferToProvider(VICTIM, "referral-2", NEED, PROVIDER))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aNeedWithAPendingReferralIsNotReferredTwice() {
        fixture.given(registered(), clockStarted(), needIdentified(NEED, NeedKind.LEGAL), referred(REFERRAL, NEED, NeedKind.LEGAL))
                .when(new ReferToProvider(VICTIM, "referral-2", NEED, "Another provider"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aDeclinedReferralLeavesTheNeedOpenForAnotherProvider() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), clockStarted(), needIdentified(NEED, NeedKind.LEGAL), referred(REFERRAL, NEED, NeedKind.LEGAL),
                        new AssistanceDeclined(VICTIM, REFERRAL, NEED, NeedKind.LEGAL, DeclineReason.PROVIDER_UNAVAILABLE, REGISTERED.plusSeconds(60)))
                .when(new ReferToProvider(VICTIM, "referral-2", NEED, "Another provider"))
                .expectEvents(new AssistanceReferred(VICTIM, "referral-2", NEED, NeedKind.LEGAL, "Another provider", NOW));
    }

    // Delivery and decline

    @Test
    void aReferralIsDeclinedWithItsDate() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), clockStarted(), needIdentified(NEED, NeedKind.EDUCATION), referred(REFERRAL, NEED, NeedKind.EDUCATION))
                .when(new RecordDecline(VICTIM, REFERRAL, DeclineReason.PROVIDER_UNAVAILABLE))
                .expectEvents(new AssistanceDeclined(VICTIM, REFERRAL, NEED, NeedKind.EDUCATION, DeclineReason.PROVIDER_UNAVAILABLE, NOW));
    }

    @Test
    void aDeliveredReferralCannotBeDeclined() {
        fixture.given(registered(), clockStarted(), needIdentified(NEED, NeedKind.EDUCATION), referred(REFERRAL, NEED, NeedKind.EDUCATION),
                        new AssistanceDelivered(VICTIM, REF, REFERRAL, NEED, NeedKind.EDUCATION, NOW))
                .when(new RecordDecline(VICTIM, REFERRAL, DeclineReason.PROVIDER_UNAVAILABLE))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aDeclinedReferralCannotBeDelivered() {
        fixture.given(registered(), clockStarted(), needIdentified(NEED, NeedKind.EDUCATION), referred(REFERRAL, NEED, NeedKind.EDUCATION),
                        new AssistanceDeclined(VICTIM, REFERRAL, NEED, NeedKind.EDUCATION, DeclineReason.PROVIDER_UNAVAILABLE, NOW))
                .when(new RecordDelivery(VICTIM, REFERRAL))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aReferralIsDeliveredOnce() {
        fixture.given(registered(), clockStarted(), needIdentified(NEED, NeedKind.EDUCATION), referred(REFERRAL, NEED, NeedKind.EDUCATION),
                        new AssistanceDelivered(VICTIM, REF, REFERRAL, NEED, NeedKind.EDUCATION, NOW))
                .when(new RecordDelivery(VICTIM, REFERRAL))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aReferralIsDeclinedOnce() {
        fixture.given(registered(), clockStarted(), needIdentified(NEED, NeedKind.EDUCATION), referred(REFERRAL, NEED, NeedKind.EDUCATION),
                        new AssistanceDeclined(VICTIM, REFERRAL, NEED, NeedKind.EDUCATION, DeclineReason.PROVIDER_UNAVAILABLE, NOW))
                .when(new RecordDecline(VICTIM, REFERRAL, DeclineReason.PROVIDER_UNAVAILABLE))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anUnknownReferralIsNotFound() {
        fixture.given(registered(), clockStarted())
                .when(new RecordDelivery(VICTIM, REFERRAL))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    // Paternity and child-support claims

    @Test
    void aPaternityClaimIsFiled() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), clockStarted())
                .when(new RecordPaternityClaimStatus(VICTIM, null, CLAIM, PaternityClaimStatus.FILED))
                .expectEvents(new PaternityClaimStatusRecorded(VICTIM, REF, CLAIM, PaternityClaimStatus.FILED, NOW));
    }

    @Test
    void aPaternityClaimStartsAsFiled() {
        fixture.given(registered(), clockStarted())
                .when(new RecordPaternityClaimStatus(VICTIM, null, CLAIM, PaternityClaimStatus.UNDER_REVIEW))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void theOnlyOpenClaimMovesOnWithoutBeingNamed() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), clockStarted(), claim(CLAIM, PaternityClaimStatus.FILED))
                .when(new RecordPaternityClaimStatus(VICTIM, null, "unused", PaternityClaimStatus.UNDER_REVIEW))
                .expectEvents(new PaternityClaimStatusRecorded(VICTIM, REF, CLAIM, PaternityClaimStatus.UNDER_REVIEW, NOW));
    }

    @Test
    void anEstablishedPaternityLeadsToAChildSupportOrder() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), clockStarted(), claim(CLAIM, PaternityClaimStatus.FILED), claim(CLAIM, PaternityClaimStatus.UNDER_REVIEW),
                        claim(CLAIM, PaternityClaimStatus.PATERNITY_ESTABLISHED))
                .when(new RecordPaternityClaimStatus(VICTIM, CLAIM, "unused", PaternityClaimStatus.CHILD_SUPPORT_ORDERED))
                .expectEvents(new PaternityClaimStatusRecorded(VICTIM, REF, CLAIM, PaternityClaimStatus.CHILD_SUPPORT_ORDERED, NOW));
    }

    @Test
    void paternityIsNotEstablishedWithoutReview() {
        fixture.given(registered(), clockStarted(), claim(CLAIM, PaternityClaimStatus.FILED))
                .when(new RecordPaternityClaimStatus(VICTIM, CLAIM, "unused", PaternityClaimStatus.PATERNITY_ESTABLISHED))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void childSupportIsNotOrderedWhenPaternityWasNotEstablished() {
        fixture.given(registered(), clockStarted(), claim(CLAIM, PaternityClaimStatus.FILED), claim(CLAIM, PaternityClaimStatus.UNDER_REVIEW),
                        claim(CLAIM, PaternityClaimStatus.PATERNITY_NOT_ESTABLISHED))
                .when(new RecordPaternityClaimStatus(VICTIM, CLAIM, "unused", PaternityClaimStatus.CHILD_SUPPORT_ORDERED))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aClosedClaimStaysClosed() {
        fixture.given(registered(), clockStarted(), claim(CLAIM, PaternityClaimStatus.FILED), claim(CLAIM, PaternityClaimStatus.CLOSED))
                .when(new RecordPaternityClaimStatus(VICTIM, CLAIM, "unused", PaternityClaimStatus.UNDER_REVIEW))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void severalOpenClaimsMustBeNamed() {
        fixture.given(registered(), clockStarted(), claim(CLAIM, PaternityClaimStatus.FILED), claim("claim-2", PaternityClaimStatus.FILED))
                .when(new RecordPaternityClaimStatus(VICTIM, null, "unused", PaternityClaimStatus.UNDER_REVIEW))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anUnknownClaimIsNotFound() {
        fixture.given(registered(), clockStarted())
                .when(new RecordPaternityClaimStatus(VICTIM, CLAIM, "unused", PaternityClaimStatus.UNDER_REVIEW))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    // Erasure

    @Test
    void personalDataIsErasedWithTheTimeOfErasure() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered())
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

    @Test
    void assistanceGoesOnAfterErasure() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(), clockStarted(), needIdentified(NEED, NeedKind.MEDICAL), referred(REFERRAL, NEED, NeedKind.MEDICAL),
                        new VictimPersonalDataErased(VICTIM, REGISTERED.plusSeconds(60)))
                .when(new RecordDelivery(VICTIM, REFERRAL))
                .expectEvents(
                        new AssistanceDelivered(VICTIM, REF, REFERRAL, NEED, NeedKind.MEDICAL, NOW),
                        new FirstContactClockStopped(VICTIM, REF, NOW, true));
    }

    private static RegisterVictim register() {
        return new RegisterVictim(VICTIM, REF, AgeGroup.ADULT, Sex.FEMALE, new Consent(true), SEALED);
    }

    private static VictimRegistered registered() {
        return new VictimRegistered(VICTIM, REF, AgeGroup.ADULT, Sex.FEMALE, new Consent(true), SEALED, REGISTERED);
    }

    private static FirstContactClockStarted clockStarted() {
        return new FirstContactClockStarted(VICTIM, REF, REGISTERED, FIRST_CONTACT_DUE, "deadline-1");
    }

    private static NeedIdentified needIdentified(String needId, NeedKind kind) {
        return new NeedIdentified(VICTIM, needId, kind, REGISTERED);
    }

    private static AssistanceReferred referred(String referralId, String needId, NeedKind kind) {
        return new AssistanceReferred(VICTIM, referralId, needId, kind, PROVIDER, REGISTERED);
    }

    private static PaternityClaimStatusRecorded claim(String claimId, PaternityClaimStatus status) {
        return new PaternityClaimStatusRecorded(VICTIM, REF, claimId, status, REGISTERED);
    }

    /** The aggregate's clock reads the fixture's time, so handlers and deadlines agree on "now". */
    private final class FixtureClock extends Clock {

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return fixture.currentTime();
        }
    }
}
