package org.misconduct.investigation.contingent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
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

class ContingentSequencingTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final String BATTALION = ContingentUnit.of("MINUSCA", "XAA", "XAA-BATT-1").contingentId();

    private final OpenedCases cases = mock(OpenedCases.class);
    private final ContingentSequencing sequencing = new ContingentSequencing(cases);

    @Test
    void theCasesOfOneContingentAreHandledInOneSequence() {
        Object first = sequencing.getSequenceIdentifierFor(event("ALG-2026-000001",
                new CaseOpened("ALG-2026-000001", allegation("MC", "XAA-BATT-1"), T0)));
        Object second = sequencing.getSequenceIdentifierFor(event("ALG-2026-000002",
                new CaseOpened("ALG-2026-000002", allegation("MC", "XAA-BATT-1"), T0)));

        assertThat(first).isEqualTo(second).isEqualTo(BATTALION);
    }

    @Test
    void aSilentMemberStateFollowsItsContingentsSequence() {
        when(cases.find("ALG-2026-000003")).thenReturn(Optional.of(new CaseOpened("ALG-2026-000003", allegation("FPU", "XAA-BATT-1"), T0)));

        Object breach = sequencing.getSequenceIdentifierFor(event("ALG-2026-000003",
                new ClockBreached("ALG-2026-000003", ClockName.MEMBER_STATE_INTENT, T0, T0.plusSeconds(60))));

        assertThat(breach).isEqualTo(ContingentUnit.of("MINUSCA", "XAA", "XAA-BATT-1").contingentId());
    }

    @Test
    void casesWithoutAContingentKeepTheirOwnSequence() {
        Object staffCase = sequencing.getSequenceIdentifierFor(event("ALG-2026-000004",
                new CaseOpened("ALG-2026-000004", allegation("INT", null), T0)));

        assertThat(staffCase).isEqualTo("ALG-2026-000004");
    }

    private static EventMessage<?> event(String aggregate, Object payload) {
        return new GenericDomainEventMessage<>("Case", aggregate, 0, payload);
    }

    private static Allegation allegation(String category, String unit) {
        return new Allegation("MINUSCA", AllegationType.SA, null, PersonnelCategory.valueOf(category), "XAA", unit, 1, false,
                Priority.NORMAL, InvestigatingEntity.TCC, T0, T0);
    }
}
