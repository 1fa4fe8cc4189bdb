package org.misconduct.intake.allegation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.codes.AllegationType;
import org.misconduct.contracts.codes.Channel;
import org.misconduct.contracts.codes.ClosureReason;
import org.misconduct.contracts.codes.InvestigatingEntity;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.contracts.codes.Priority;
import org.misconduct.contracts.codes.SeaCategory;
import org.misconduct.domain.RuleViolation;

class AllegationTest {

    private static final String REF = "ALG-2026-000001";
    private static final Instant RECEIVED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    private static final String CASE_FILE = "case-file:" + REF;
    private static final String COMPLAINANT = "complainant-1";

    private FixtureConfiguration<Allegation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Allegation.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(org.misconduct.clocks.ClockPolicy.defaults());
        fixture.registerInjectableResource((CaseFileSealing) (sealed, from, to) -> sealed == null ? null : sealed + "|" + from + ">" + to);
    }

    @Test
    void erasingTheComplainantLeavesTheNarrativeWithTheCaseFile() {
        fixture.given(registered())
                .when(new EraseComplainantPersonalData(REF))
                .expectEvents(new ComplainantPersonalDataErased(REF, COMPLAINANT, NOW))
                .expectResultMessagePayload(AllegationStatus.RECEIVED);
    }

    @Test
    void aNarrativeStillUnderTheComplainantsKeyMovesToTheCaseFileBeforeTheKeyIsDestroyed() {
        AllegationRegistered registeredBeforeCaseFileKeys = new AllegationRegistered(REF, RECEIVED, "MINUSCA", Channel.WEB, "fr",
                null, PersonnelCategory.MC, "XAA", 1, true, false, null,
                new SealedNarrative(COMPLAINANT, "pd1:description", null), complainant(), "hash");
        fixture.given(registeredBeforeCaseFileKeys, new AllegationClosed(REF, ClosureReason.INSUFFICIENT_INFORMATION, "pd1:note", NOW))
                .when(new EraseComplainantPersonalData(REF))
                .expectEvents(
                        new AllegationNarrativeMovedToCaseFile(REF, new SealedNarrative(CASE_FILE,
                                "pd1:description|" + COMPLAINANT + ">" + CASE_FILE, null),
                                "pd1:note|" + COMPLAINANT + ">" + CASE_FILE, NOW),
                        new ComplainantPersonalDataErased(REF, COMPLAINANT, NOW));
    }

    @Test
    void aComplainantIsErasedOnce() {
        fixture.given(registered(), new ComplainantPersonalDataErased(REF, COMPLAINANT, NOW))
                .when(new EraseComplainantPersonalData(REF))
                .expectNoEvents();
    }

    @Test
    void aComplaintIsRegisteredAsAnAllegation() {
        RegisterAllegation command = registration();
        fixture.givenNoPriorActivity()
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AllegationRegistered(REF, RECEIVED, "MINUSCA", Channel.WEB, "fr", LocalDate.parse("2026-11-18"),
                        PersonnelCategory.MC, "XAA", 1, true, true, null, narrative(), complainant(), "hash"));
    }

    @Test
    void assessmentIsRecordedWithItsTime() {
        fixture.given(registered())
                .when(new AssessAllegation(REF, seaAssessment(PersonnelCategory.MC)))
                .expectEvents(new AllegationAssessed(REF, seaAssessment(PersonnelCategory.MC), NOW))
                .expectResultMessagePayload(AllegationStatus.UNDER_ASSESSMENT);
    }

    @Test
    void noReferralBeforeAssessment() {
        fixture.given(registered())
                .when(new ReferAllegation(REF, InvestigatingEntity.OIOS))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void referralCarriesTheAssessmentAndTheTimeOfReceipt() {
        fixture.given(registered(), new AllegationAssessed(REF, seaAssessment(PersonnelCategory.MC), NOW))
                .when(new ReferAllegation(REF, InvestigatingEntity.OIOS))
                .expectEvents(new AllegationReferred(REF, InvestigatingEntity.OIOS, NOW, "MINUSCA", RECEIVED,
                        seaAssessment(PersonnelCategory.MC)))
                .expectResultMessagePayload(AllegationStatus.REFERRED);
    }

    @Test
    void urgentPriorityTravelsWithTheReferral() {
        Assessment urgent = new Assessment(AllegationType.SA, SeaCategory.SEXUAL_ACTIVITY_WITH_MINOR, PersonnelCategory.MC,
                "XAA", "XAA-BATT-2", 1, true, Priority.URGENT);
        fixture.given(registered(), new AllegationAssessed(REF, urgent, NOW))
                .when(new ReferAllegation(REF, InvestigatingEntity.TCC))
                .expectEvents(new AllegationReferred(REF, InvestigatingEntity.TCC, NOW, "MINUSCA", RECEIVED, urgent));
    }

    @Test
    void allegationsAgainstNonUnForcesAreNotReferred() {
        fixture.given(registered(), new AllegationAssessed(REF, seaAssessment(PersonnelCategory.NON_UN), NOW))
                .when(new ReferAllegation(REF, InvestigatingEntity.OIOS))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aReferredAllegationIsNeitherReferredAgainNorReassessed() {
        fixture.given(registered(), new AllegationAssessed(REF, seaAssessment(PersonnelCategory.MC), NOW),
                        new AllegationReferred(REF, InvestigatingEntity.OIOS, NOW, "MINUSCA", RECEIVED, seaAssessment(PersonnelCategory.MC)))
                .when(new ReferAllegation(REF, InvestigatingEntity.MISSION))
                .expectException(RuleViolation.class);
        fixture.given(registered(), new AllegationAssessed(REF, seaAssessment(PersonnelCategory.MC), NOW),
                        new AllegationReferred(REF, InvestigatingEntity.OIOS, NOW, "MINUSCA", RECEIVED, seaAssessment(PersonnelCategory.MC)))
                .when(new AssessAllegation(REF, seaAssessment(PersonnelCategory.MC)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anAllegationInTriageCanBeClosedWithItsReason() {
        fixture.given(registered())
                .when(new CloseAllegation(REF, ClosureReason.DUPLICATE, "pd1:note"))
                .expectEvents(new AllegationClosed(REF, ClosureReason.DUPLICATE, "pd1:note", NOW))
                .expectResultMessagePayload(AllegationStatus.CLOSED);
    }

    @Test
    void aClosedAllegationAcceptsOnlyMessages() {
        AllegationClosed closed = new AllegationClosed(REF, ClosureReason.INSUFFICIENT_INFORMATION, null, NOW);
        fixture.given(registered(), closed)
                .when(new AssessAllegation(REF, seaAssessment(PersonnelCategory.MC)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(registered(), new AllegationAssessed(REF, seaAssessment(PersonnelCategory.MC), NOW), closed)
                .when(new ReferAllegation(REF, InvestigatingEntity.OIOS))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(registered(), closed)
                .when(new CloseAllegation(REF, ClosureReason.DUPLICATE, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(registered(), closed)
                .when(new ReceiveComplainantMessage(REF, "pd1:question"))
                .expectEvents(new ComplainantMessageReceived(REF, "pd1:question", NOW))
                .expectResultMessagePayload(AllegationStatus.CLOSED);
        fixture.given(registered(), closed)
                .when(new ReplyToComplainant(REF, "pd1:answer"))
                .expectEvents(new ComplainantRepliedTo(REF, "pd1:answer", NOW));
    }

    @Test
    void aReferredAllegationCannotBeClosedByIntake() {
        fixture.given(registered(), new AllegationAssessed(REF, seaAssessment(PersonnelCategory.MC), NOW),
                        new AllegationReferred(REF, InvestigatingEntity.OIOS, NOW, "MINUSCA", RECEIVED, seaAssessment(PersonnelCategory.MC)))
                .when(new CloseAllegation(REF, ClosureReason.OUT_OF_SCOPE, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void theComplainantsStatusFollowsTheInvestigation() {
        Instant opened = NOW.plusSeconds(60);
        Instant completed = NOW.plusSeconds(86_400);
        fixture.given(referredAllegation())
                .when(new RecordInvestigationStarted(REF, opened))
                .expectEvents(new InvestigationStarted(REF, opened))
                .expectResultMessagePayload(AllegationStatus.UNDER_INVESTIGATION);
        fixture.given(referredAllegation(new InvestigationStarted(REF, opened)))
                .when(new RecordInvestigationOutcome(REF, InvestigationOutcome.SUBSTANTIATED, completed))
                .expectEvents(new InvestigationConcluded(REF, InvestigationOutcome.SUBSTANTIATED, completed))
                .expectResultMessagePayload(AllegationStatus.SUBSTANTIATED);
    }

    @Test
    void newsFromTheInvestigationIsRecordedOnce() {
        Instant opened = NOW.plusSeconds(60);
        fixture.given(referredAllegation(new InvestigationStarted(REF, opened)))
                .when(new RecordInvestigationStarted(REF, opened))
                .expectNoEvents()
                .expectResultMessagePayload(AllegationStatus.UNDER_INVESTIGATION);
        fixture.given(referredAllegation(new InvestigationConcluded(REF, InvestigationOutcome.NOT_SUBSTANTIATED, opened)))
                .when(new RecordInvestigationOutcome(REF, InvestigationOutcome.NOT_SUBSTANTIATED, opened))
                .expectNoEvents();
    }

    @Test
    void anAllegationIntakeClosedIgnoresInvestigationNews() {
        fixture.given(registered(), new AllegationClosed(REF, ClosureReason.DUPLICATE, null, NOW))
                .when(new RecordInvestigationOutcome(REF, InvestigationOutcome.SUBSTANTIATED, NOW))
                .expectNoEvents()
                .expectResultMessagePayload(AllegationStatus.CLOSED);
    }

    private static List<Object> referredAllegation(Object... then) {
        List<Object> events = new ArrayList<>(List.of(registered(),
                new AllegationAssessed(REF, seaAssessment(PersonnelCategory.MC), NOW),
                new AllegationReferred(REF, InvestigatingEntity.OIOS, NOW, "MINUSCA", RECEIVED, seaAssessment(PersonnelCategory.MC))));
        events.addAll(List.of(then));
        return events;
    }

    private static RegisterAllegation registration() {
        return new RegisterAllegation(REF, RECEIVED, "MINUSCA", Channel.WEB, "fr", LocalDate.parse("2026-11-18"),
                PersonnelCategory.MC, "XAA", 1, true, true, null, narrative(), complainant(), "hash");
    }

    private static AllegationRegistered registered() {
        return new AllegationRegistered(REF, RECEIVED, "MINUSCA", Channel.WEB, "fr", LocalDate.parse("2026-11-18"),
                PersonnelCategory.MC, "XAA", 1, true, true, null, narrative(), complainant(), "hash");
    }

    private static SealedNarrative narrative() {
        return new SealedNarrative(CASE_FILE, "pd1:sealed-description", "pd1:sealed-location");
    }

    private static SealedComplainant complainant() {
        return new SealedComplainant(COMPLAINANT, "pd1:sealed-name", null);
    }

    private static Assessment seaAssessment(PersonnelCategory category) {
        return new Assessment(AllegationType.SE, SeaCategory.TRANSACTIONAL_SEX, category, "XAA", "XAA-BATT-1", 1, false,
                Priority.NORMAL);
    }

    @Test
    void aFileTheComplainantSendsIsRecordedWithBothItsHashes() {
        fixture.given(registered())
                .when(new AddComplaintAttachment(REF, "F1", "a".repeat(64), "b".repeat(64), 2048L, "image/jpeg"))
                .expectEvents(new ComplaintAttachmentReceived(REF, "F1", "a".repeat(64), "b".repeat(64), 2048L, "image/jpeg", NOW));
    }

    @Test
    void nothingMoreIsAttachedForAnErasedComplainant() {
        fixture.given(registered(), new ComplainantPersonalDataErased(REF, COMPLAINANT, NOW))
                .when(new AddComplaintAttachment(REF, "F1", "a".repeat(64), "a".repeat(64), 2048L, "application/pdf"))
                .expectException(org.misconduct.domain.RuleViolation.class);
    }

    @Test
    void everyDownloadOfAnAttachmentIsRecorded() {
        fixture.given(registered(), new ComplaintAttachmentReceived(REF, "F1", "a".repeat(64), "a".repeat(64), 2048L, "application/pdf", NOW))
                .when(new RecordAttachmentDownload(REF, "F1", "pd1:purpose"))
                .expectEvents(new AttachmentDownloaded(REF, "F1", NOW, "pd1:purpose"));
    }

    @Test
    void onlyAnAttachmentOfTheAllegationIsDownloadedThroughIt() {
        fixture.given(registered())
                .when(new RecordAttachmentDownload(REF, "F9", "pd1:purpose"))
                .expectException(org.misconduct.domain.NotFound.class);
    }
}
