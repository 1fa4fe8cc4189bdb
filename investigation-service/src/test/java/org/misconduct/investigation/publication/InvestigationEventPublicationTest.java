package org.misconduct.investigation.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.PublishedEventCatalogue;
import org.misconduct.contracts.codes.ActionBy;
import org.misconduct.contracts.codes.ActionKind;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.CriminalAuthority;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.contracts.codes.InterimMeasureKind;
import org.misconduct.contracts.codes.InvestigatingEntity;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.contracts.investigation.ContingentFlagged;
import org.misconduct.contracts.investigation.InterimMeasureTaken;
import org.misconduct.contracts.investigation.InvestigatingEntityChanged;
import org.misconduct.contracts.investigation.InvestigationCompleted;
import org.misconduct.investigation.clocks.ClockExtended;
import org.misconduct.investigation.contingent.ContingentRepatriated;
import org.misconduct.investigation.contingent.FlagReason;
import org.misconduct.investigation.memberstate.EntityChangeReason;
import org.misconduct.investigation.outcome.CriminalReferralMade;
import org.misconduct.investigation.outcome.DisciplinaryActionTaken;
import org.misconduct.investigation.outcome.FindingRecorded;
import org.misconduct.streaming.KafkaEventPublisher;
import org.mockito.ArgumentCaptor;

/** Every internal event that matters outside maps to its contract event; narrative and staff names stay behind. */
class InvestigationEventPublicationTest {

    private static final String REF = "ALG-2026-000042";
    private static final String NARRATIVE = "NARRATIVE-MUST-NOT-LEAVE";
    private static final String STAFF = "officer.secret";
    private static final Instant T = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant REFERRED = Instant.parse("2026-11-20T14:00:00Z");

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private KafkaEventPublisher publisher;
    private InvestigationEventPublication publication;

    @BeforeEach
    void setUp() {
        publisher = mock(KafkaEventPublisher.class);
        publication = new InvestigationEventPublication(publisher);
    }

    @Test
    void aFindingIsPublishedAsInvestigationCompletedWithEveryField() {
        publication.on(new FindingRecorded(REF, Finding.SUBSTANTIATED, NARRATIVE, NARRATIVE, InvestigatingEntity.OIOS, REFERRED, REFERRED, T, 6, true),
                "event-1", T);

        assertThat(published()).singleElement().isEqualTo(
                new InvestigationCompleted(REF, "SUBSTANTIATED", "OIOS", REFERRED, T, 6, true));
    }

    @Test
    void aPaymentSuspensionIsPublishedWithAmountCurrencyAndNationality() {
        publication.on(new org.misconduct.investigation.measures.InterimMeasureTaken(REF, "M1", InterimMeasureKind.PAYMENT_SUSPENSION,
                new BigDecimal("2500.00"), "USD", PersonnelCategory.MC, "XAA", T), "event-1", T);

        assertThat(published()).singleElement().isEqualTo(
                new InterimMeasureTaken(REF, "M1", "PAYMENT_SUSPENSION", "MC", "XAA", new BigDecimal("2500.00"), "USD", T));
    }

    @Test
    void aCaseHandedToOiosIsPublishedWithTheReasonAndTheTimeOfTheChange() {
        Instant intentDue = Instant.parse("2026-11-25T00:00:00Z");
        publication.on(new org.misconduct.investigation.memberstate.InvestigatingEntityChanged(REF, InvestigatingEntity.TCC,
                InvestigatingEntity.OIOS,
                EntityChangeReason.MEMBER_STATE_SILENT, intentDue), "event-1", T);

        assertThat(published()).singleElement().isEqualTo(
                new InvestigatingEntityChanged(REF, "TCC", "OIOS", "MEMBER_STATE_SILENT", intentDue));
        assertThat(published().get(0).key()).isEqualTo(REF);
        assertThat(PublishedEventCatalogue.classOf("InvestigatingEntityChanged")).contains(InvestigatingEntityChanged.class);
    }

    @Test
    void aRevisionOneEntityChangeWithoutItsTimeIsPublishedAtTheTimeItWasStored() {
        publication.on(new org.misconduct.investigation.memberstate.InvestigatingEntityChanged(REF, InvestigatingEntity.TCC,
                InvestigatingEntity.OIOS,
                EntityChangeReason.MEMBER_STATE_DECLINED, null), "event-1", T);

        assertThat(published()).singleElement().isEqualTo(
                new InvestigatingEntityChanged(REF, "TCC", "OIOS", "MEMBER_STATE_DECLINED", T));
    }

    @Test
    void aStoredRevisionOneEntityChangeReadsWithoutATime() {
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json.copy()).build();
        String stored = """
                {"caseReference":"%s","previousEntity":"TCC","investigatingEntity":"OIOS","reason":"MEMBER_STATE_SILENT"}"""
                .formatted(REF);

        org.misconduct.investigation.memberstate.InvestigatingEntityChanged event = serializer.deserialize(new SimpleSerializedObject<>(
                stored, String.class, org.misconduct.investigation.memberstate.InvestigatingEntityChanged.class.getName(), "1"));

        assertThat(event.reason()).isEqualTo(EntityChangeReason.MEMBER_STATE_SILENT);
        assertThat(event.changedAt()).isNull();
    }

    @Test
    void contingentEventsAreKeyedByTheContingent() {
        publication.on(new org.misconduct.investigation.contingent.ContingentFlagged("contingent-1", "MINUSCA", "XAA", "XAA-BATT-1",
                FlagReason.REFERRED_SEA_ALLEGATIONS, List.of(REF), T), "event-1", T);
        publication.on(new ContingentRepatriated("contingent-1", "MINUSCA", "XAA", "XAA-BATT-1", List.of(REF), T), "event-2", T);

        assertThat(published()).extracting(PublishedEvent::key).containsExactly("contingent-1", "contingent-1");
        assertThat(published().get(0)).isInstanceOfSatisfying(ContingentFlagged.class,
                flagged -> assertThat(flagged.reason()).isEqualTo("REFERRED_SEA_ALLEGATIONS"));
    }

    @Test
    void noNarrativeOrStaffNameLeavesTheService() throws Exception {
        publication.on(new FindingRecorded(REF, Finding.NOT_SUBSTANTIATED, NARRATIVE, NARRATIVE, InvestigatingEntity.OIOS, REFERRED, REFERRED, T, 6, true),
                "e1", T);
        publication.on(new DisciplinaryActionTaken(REF, "A1", ActionKind.DISMISSAL, ActionBy.UN, NARRATIVE, PersonnelCategory.INT, "XAA", T), "e2", T);
        publication.on(new ClockExtended(REF, ClockName.INVESTIGATION, REFERRED, T, NARRATIVE, T, "deadline"), "e3", T);
        publication.on(new org.misconduct.investigation.outcome.CriminalReferralMade(REF, CriminalAuthority.HOST_STATE, T), "e4", T);

        List<PublishedEvent> events = published();
        assertThat(events).extracting(PublishedEvent::eventType)
                .containsExactly("InvestigationCompleted", "DisciplinaryActionTaken", "ClockExtended", "CriminalReferralMade");
        for (PublishedEvent event : events) {
            assertThat(PublishedEventCatalogue.classOf(event.eventType())).contains(event.getClass());
            assertThat(json.writeValueAsString(event)).doesNotContain(NARRATIVE).doesNotContain(STAFF);
            assertThat(event.key()).isEqualTo(REF);
        }
    }

    private List<PublishedEvent> published() {
        ArgumentCaptor<PublishedEvent> captor = ArgumentCaptor.forClass(PublishedEvent.class);
        verify(publisher, org.mockito.Mockito.atLeastOnce()).publish(captor.capture(), any(), eq(T));
        return captor.getAllValues();
    }
}
