package org.misconduct.investigation.subjects;

import static org.misconduct.investigation.casefile.CaseFixtures.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.clocks.ClockPolicy;
import org.misconduct.contracts.codes.ActionBy;
import org.misconduct.contracts.codes.ActionKind;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.contracts.codes.InvestigatingEntity;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.contracts.codes.ScreeningRecordKind;
import org.misconduct.domain.NotFound;
import org.misconduct.domain.RuleViolation;
import org.misconduct.investigation.casefile.Case;
import org.misconduct.investigation.clocks.ClockStarted;
import org.misconduct.investigation.clocks.ClockStopped;
import org.misconduct.investigation.outcome.DisciplinaryActionTaken;
import org.misconduct.investigation.outcome.FindingRecorded;
import org.misconduct.investigation.outcome.RecordFinding;
import org.misconduct.investigation.outcome.TakeDisciplinaryAction;

class CaseSubjectsTest {

    private static final SealedIdentifiers SEALED = new SealedIdentifiers("pd1:name", "pd1:dob", null, "pd1:sn", null);

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureWith(ClockPolicy.defaults());
        clockAt(fixture, REFERRED);
    }

    @Test
    void anOpenCaseNamesItsSubjectsWithSealedIdentifiers() {
        fixture.given(openedCase("MC"))
                .when(new RecordSubject(REF, "S1", PersonnelCategory.MC, "XAA", "XAA-BATT-1", "Captain", SEALED))
                .expectEvents(subjectRecorded("S1"));
    }

    @Test
    void aSubjectIsNamedOnce() {
        fixture.given(withSubject("S1"))
                .when(new RecordSubject(REF, "S1", PersonnelCategory.MC, "XAA", "XAA-BATT-1", "Captain", SEALED))
                .expectException(RuleViolation.class);
    }

    @Test
    void aConcludedCaseNamesNoNewSubject() {
        List<Object> history = withSubject("S1");
        history.add(finding(Finding.NOT_SUBSTANTIATED));
        fixture.given(history)
                .when(new RecordSubject(REF, "S2", PersonnelCategory.MC, "XAA", null, null, SEALED))
                .expectException(RuleViolation.class);
    }

    @Test
    void aSubstantiatedFindingIsOnEverySubjectsRecord() {
        fixture.given(withSubject("S1", "S2"))
                .when(new RecordFinding(REF, Finding.SUBSTANTIATED, "summary", null))
                .expectEvents(findingRecorded(Finding.SUBSTANTIATED),
                        new ClockStopped(REF, ClockName.INVESTIGATION, REFERRED, true),
                        new SubjectRecordChanged(REF, "S1", ScreeningRecordKind.SUBSTANTIATED, REFERRED),
                        new SubjectRecordChanged(REF, "S2", ScreeningRecordKind.SUBSTANTIATED, REFERRED),
                        memberStateActionClockStarted());
    }

    @Test
    void anyOtherFindingClearsTheSubjects() {
        fixture.given(withSubject("S1"))
                .when(new RecordFinding(REF, Finding.NOT_SUBSTANTIATED, "summary", null))
                .expectEvents(findingRecorded(Finding.NOT_SUBSTANTIATED),
                        new ClockStopped(REF, ClockName.INVESTIGATION, REFERRED, true),
                        new SubjectCleared(REF, "S1", Finding.NOT_SUBSTANTIATED, REFERRED));
    }

    @Test
    void barringFromFutureServiceIsOnTheRecordOnce() {
        Instant barredAt = REFERRED;
        List<Object> history = substantiatedWithSubject("S1");
        fixture.given(history)
                .when(new TakeDisciplinaryAction(REF, "A1", ActionKind.BARRED_FROM_FUTURE_SERVICE, ActionBy.UN, "detail"))
                .expectEvents(new DisciplinaryActionTaken(REF, "A1", ActionKind.BARRED_FROM_FUTURE_SERVICE, ActionBy.UN,
                                "detail", PersonnelCategory.MC, "XAA", barredAt),
                        new SubjectRecordChanged(REF, "S1", ScreeningRecordKind.BARRED_FROM_FUTURE_SERVICE, barredAt));

        history.add(new SubjectRecordChanged(REF, "S1", ScreeningRecordKind.BARRED_FROM_FUTURE_SERVICE, barredAt));
        fixture.given(history)
                .when(new TakeDisciplinaryAction(REF, "A2", ActionKind.BARRED_FROM_FUTURE_SERVICE, ActionBy.UN, "detail"))
                .expectEvents(new DisciplinaryActionTaken(REF, "A2", ActionKind.BARRED_FROM_FUTURE_SERVICE, ActionBy.UN,
                        "detail", PersonnelCategory.MC, "XAA", barredAt));
    }

    @Test
    void anotherFinalActionLeavesTheRecordAsItIs() {
        fixture.given(substantiatedWithSubject("S1"))
                .when(new TakeDisciplinaryAction(REF, "A1", ActionKind.REPATRIATION, ActionBy.UN, "detail"))
                .expectEvents(new DisciplinaryActionTaken(REF, "A1", ActionKind.REPATRIATION, ActionBy.UN,
                        "detail", PersonnelCategory.MC, "XAA", REFERRED));
    }

    @Test
    void aSubjectsIdentityIsErasedOnceEvenOnAConcludedCase() {
        List<Object> history = substantiatedWithSubject("S1");
        fixture.given(history)
                .when(new EraseSubjectIdentity(REF, "S1"))
                .expectEvents(new SubjectIdentityErased(REF, "S1", REFERRED));

        history.add(new SubjectIdentityErased(REF, "S1", REFERRED));
        fixture.given(history)
                .when(new EraseSubjectIdentity(REF, "S1"))
                .expectException(RuleViolation.class);
    }

    @Test
    void erasingASubjectTheCaseDoesNotNameIsNotFound() {
        fixture.given(withSubject("S1"))
                .when(new EraseSubjectIdentity(REF, "S9"))
                .expectException(NotFound.class);
    }

    @Test
    void aSubjectWhoseIdentityIsErasedTakesNoPartInTheFinding() {
        List<Object> history = withSubject("S1", "S2");
        history.add(new SubjectIdentityErased(REF, "S1", REFERRED));
        fixture.given(history)
                .when(new RecordFinding(REF, Finding.SUBSTANTIATED, "summary", null))
                .expectEvents(findingRecorded(Finding.SUBSTANTIATED),
                        new ClockStopped(REF, ClockName.INVESTIGATION, REFERRED, true),
                        new SubjectRecordChanged(REF, "S2", ScreeningRecordKind.SUBSTANTIATED, REFERRED),
                        memberStateActionClockStarted());
    }

    private static List<Object> withSubject(String... subjectIds) {
        List<Object> history = new ArrayList<>(openedCase("MC"));
        history.add(evidenceRecorded());
        for (String subjectId : subjectIds) {
            history.add(subjectRecorded(subjectId));
        }
        return history;
    }

    private static List<Object> substantiatedWithSubject(String subjectId) {
        List<Object> history = withSubject(subjectId);
        history.add(finding(Finding.SUBSTANTIATED));
        history.add(new SubjectRecordChanged(REF, subjectId, ScreeningRecordKind.SUBSTANTIATED, REFERRED));
        return history;
    }

    private static SubjectRecorded subjectRecorded(String subjectId) {
        return new SubjectRecorded(REF, subjectId, PersonnelCategory.MC, "XAA", "XAA-BATT-1", "Captain", SEALED, REFERRED);
    }

    private static FindingRecorded findingRecorded(Finding finding) {
        return new FindingRecorded(REF, finding, "summary", null, InvestigatingEntity.TCC, REFERRED, REFERRED, REFERRED, 0, true);
    }

    /** Contingent personnel: their Member State's follow-through is owed from the finding. */
    private static ClockStarted memberStateActionClockStarted() {
        return new ClockStarted(REF, ClockName.MEMBER_STATE_ACTION, REFERRED,
                ClockPolicy.defaults().dueAt(ClockName.MEMBER_STATE_ACTION, REFERRED), "deadline");
    }
}
