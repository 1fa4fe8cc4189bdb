package org.misconduct.investigation.contingent;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.codes.AllegationType;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.InvestigatingEntity;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.contracts.codes.Priority;
import org.misconduct.investigation.caseopening.Allegation;
import org.misconduct.investigation.caseopening.CaseOpened;
import org.misconduct.investigation.caseopening.OpenedCases;
import org.misconduct.investigation.clocks.ClockBreached;

/** Which cases feed a contingent's pattern. */
class ContingentPatternPolicyTest {

    private static final String REF = "ALG-2026-000042";
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final ContingentUnit BATTALION = ContingentUnit.of("MINUSCA", "XAA", "XAA-BATT-1");

    private CommandGateway commands;
    private OpenedCases cases;
    private ContingentPatternPolicy policy;

    @BeforeEach
    void setUp() {
        commands = mock(CommandGateway.class);
        cases = mock(OpenedCases.class);
        policy = new ContingentPatternPolicy(commands, cases);
    }

    @Test
    void aReferredSeaAllegationAgainstAContingentCounts() {
        policy.on(new CaseOpened(REF, allegation(AllegationType.SA, "MC", "XAA-BATT-1"), T0));

        verify(commands).sendAndWait(new CountReferredAllegation(BATTALION.contingentId(), BATTALION, REF, T0));
    }

    @Test
    void otherMisconductIndividualsAndUnknownUnitsDoNotCount() {
        policy.on(new CaseOpened(REF, allegation(AllegationType.OTHER_MISCONDUCT, "MC", "XAA-BATT-1"), T0));
        policy.on(new CaseOpened(REF, allegation(AllegationType.SE, "UNPOL", "XAA-BATT-1"), T0));
        policy.on(new CaseOpened(REF, allegation(AllegationType.SE, "FPU", null), T0));

        verifyNoInteractions(commands);
    }

    @Test
    void aMemberStateSilentPastItsIntentClockIsRecordedAgainstItsContingent() {
        when(cases.find(REF)).thenReturn(Optional.of(new CaseOpened(REF, allegation(AllegationType.OTHER_MISCONDUCT, "MC", "XAA-BATT-1"), T0)));

        policy.on(new ClockBreached(REF, ClockName.MEMBER_STATE_INTENT, T0, T0.plusSeconds(3600)));

        verify(commands).sendAndWait(new RecordMemberStateSilence(BATTALION.contingentId(), BATTALION, REF));
    }

    @Test
    void otherBreachesAreNoPattern() {
        policy.on(new ClockBreached(REF, ClockName.INVESTIGATION, T0, T0.plusSeconds(3600)));

        verifyNoInteractions(commands);
    }

    private static Allegation allegation(AllegationType type, String category, String unit) {
        return new Allegation("MINUSCA", type, null, PersonnelCategory.valueOf(category), "XAA", unit, 1, false, Priority.NORMAL,
                InvestigatingEntity.TCC, T0, T0);
    }
}
