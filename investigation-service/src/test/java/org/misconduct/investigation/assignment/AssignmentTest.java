package org.misconduct.investigation.assignment;

import static org.misconduct.investigation.casefile.CaseFixtures.*;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.clocks.ClockPolicy;
import org.misconduct.investigation.casefile.Case;

class AssignmentTest {

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureWith(ClockPolicy.defaults());
    }

    @Test
    void aCaseIsAssignedToAnInvestigator() {
        clockAt(fixture, REFERRED);
        fixture.given(openedCase("INT"))
                .when(new AssignCase(REF, "investigator.oios"))
                .expectEvents(new CaseAssigned(REF, "investigator.oios", REFERRED));
    }

    @Test
    void assigningTheSameInvestigatorAgainChangesNothing() {
        clockAt(fixture, REFERRED);
        List<Object> history = new ArrayList<>(openedCase("INT"));
        history.add(new CaseAssigned(REF, "investigator.oios", REFERRED));
        fixture.given(history)
                .when(new AssignCase(REF, "investigator.oios"))
                .expectNoEvents();
    }
}
