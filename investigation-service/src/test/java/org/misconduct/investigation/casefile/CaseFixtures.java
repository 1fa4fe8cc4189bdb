package org.misconduct.investigation.casefile;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.misconduct.clocks.ClockPolicy;
import org.misconduct.contracts.codes.AllegationType;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.contracts.codes.InterimMeasureKind;
import org.misconduct.contracts.codes.InvestigatingEntity;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.contracts.codes.Priority;
import org.misconduct.contracts.codes.SeaCategory;
import org.misconduct.investigation.caseopening.Allegation;
import org.misconduct.investigation.caseopening.CaseOpened;
import org.misconduct.investigation.clocks.ClockBreached;
import org.misconduct.investigation.clocks.ClockExtended;
import org.misconduct.investigation.clocks.ClockStarted;
import org.misconduct.investigation.clocks.ClockStopped;
import org.misconduct.investigation.evidence.EvidenceKind;
import org.misconduct.investigation.evidence.EvidenceRecorded;
import org.misconduct.investigation.measures.InterimMeasureTaken;
import org.misconduct.investigation.memberstate.MemberStateNotified;
import org.misconduct.investigation.memberstate.MemberStateResponded;
import org.misconduct.investigation.outcome.FindingRecorded;

/** The case every fixture test of the case aggregate starts from, and the histories that bring it to each stage. */
public final class CaseFixtures {

    public static final String REF = "ALG-2026-000042";
    public static final Instant RECEIVED = Instant.parse("2026-11-20T08:00:00Z");
    /** A Friday afternoon. */
    public static final Instant REFERRED = Instant.parse("2026-11-20T14:00:00Z");
    public static final Instant EVIDENCE_DUE = Instant.parse("2026-11-23T08:00:00Z");
    public static final Instant INVESTIGATION_DUE = Instant.parse("2027-05-20T14:00:00Z");
    public static final Instant URGENT_INVESTIGATION_DUE = Instant.parse("2027-02-18T14:00:00Z");
    /** Ten working days after Friday 20 November: the end of Friday 4 December. */
    public static final Instant INTENT_DUE = Instant.parse("2026-12-05T00:00:00Z");
    /** A Wednesday. */
    public static final Instant RESPONDED = Instant.parse("2026-11-25T10:00:00Z");
    /** Five working days after Wednesday 25 November: the end of Wednesday 2 December. */
    public static final Instant NIO_DUE = Instant.parse("2026-12-03T00:00:00Z");
    public static final String HASH = "a".repeat(64);

    private CaseFixtures() {
    }

    public static FixtureConfiguration<Case> fixtureWith(ClockPolicy policy) {
        FixtureConfiguration<Case> configured = new AggregateTestFixture<>(Case.class);
        configured.registerInjectableResource(policy);
        configured.registerIgnoredField(ClockStarted.class, "deadlineId");
        configured.registerIgnoredField(ClockExtended.class, "deadlineId");
        return configured;
    }

    public static void clockAt(FixtureConfiguration<Case> fixture, Instant now) {
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
    }

    public static Allegation allegation(AllegationType type, Priority priority, String personnelCategory) {
        return new Allegation("MINUSCA", type, type == AllegationType.OTHER_MISCONDUCT ? null : SeaCategory.TRANSACTIONAL_SEX,
                PersonnelCategory.valueOf(personnelCategory), "XAA", "XAA-BATT-1", 1, false, priority, InvestigatingEntity.TCC,
                RECEIVED, REFERRED);
    }

    public static List<Object> openedCase(String personnelCategory) {
        return List.of(
                new CaseOpened(REF, allegation(AllegationType.SA, Priority.NORMAL, personnelCategory), REFERRED),
                new ClockStarted(REF, ClockName.INVESTIGATION, REFERRED, INVESTIGATION_DUE, "deadline-investigation"));
    }

    public static List<Object> breachedEvidenceClock() {
        List<Object> history = new ArrayList<>(openedCase("INT"));
        history.add(new ClockStarted(REF, ClockName.EVIDENCE_PRESERVATION, RECEIVED, EVIDENCE_DUE, "deadline-evidence"));
        history.add(new ClockBreached(REF, ClockName.EVIDENCE_PRESERVATION, RECEIVED, EVIDENCE_DUE));
        return history;
    }

    public static List<Object> notifiedContingentCase() {
        List<Object> history = new ArrayList<>(openedCase("MC"));
        history.add(new MemberStateNotified(REF, "XAA", PersonnelCategory.MC, REFERRED, INTENT_DUE));
        history.add(new ClockStarted(REF, ClockName.MEMBER_STATE_INTENT, REFERRED, INTENT_DUE, "deadline-intent"));
        return history;
    }

    public static List<Object> withNioClock() {
        List<Object> history = new ArrayList<>(notifiedContingentCase());
        history.add(new MemberStateResponded(REF, "XAA", true, false, RESPONDED, true));
        history.add(new ClockStopped(REF, ClockName.MEMBER_STATE_INTENT, RESPONDED, true));
        history.add(new ClockStarted(REF, ClockName.NIO_APPOINTMENT, RESPONDED, NIO_DUE, "deadline-nio"));
        return history;
    }

    public static List<Object> withEvidence() {
        List<Object> history = new ArrayList<>(openedCase("INT"));
        history.add(evidenceRecorded());
        return history;
    }

    public static EvidenceRecorded evidenceRecorded() {
        return new EvidenceRecorded(REF, "E1", EvidenceKind.DOCUMENT, "statement", HASH, REFERRED, "officer.a", REFERRED);
    }

    public static List<Object> withSuspension() {
        List<Object> history = new ArrayList<>(openedCase("MC"));
        history.add(new InterimMeasureTaken(REF, "M1", InterimMeasureKind.PAYMENT_SUSPENSION, new BigDecimal("25000.00"), "USD",
                PersonnelCategory.MC, "XAA", REFERRED));
        return history;
    }

    public static FindingRecorded finding(Finding finding) {
        return new FindingRecorded(REF, finding, "summary", null, InvestigatingEntity.TCC, REFERRED, REFERRED, REFERRED, 0, true);
    }
}
