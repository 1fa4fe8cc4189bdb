package org.misconduct.investigation.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.misconduct.investigation.access.CaseAccessPolicy.Decision.ALLOWED;
import static org.misconduct.investigation.access.CaseAccessPolicy.Decision.FORBIDDEN;
import static org.misconduct.investigation.access.CaseAccessPolicy.Decision.NOT_FOUND;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.misconduct.contracts.codes.InvestigatingEntity;

class CaseAccessPolicyTest {

    private static final CaseFacts OIOS_CASE = new CaseFacts("ALG-2026-000001", "XAA", InvestigatingEntity.OIOS);
    private static final CaseFacts MISSION_CASE = new CaseFacts("ALG-2026-000002", "XAA", InvestigatingEntity.MISSION);
    private static final CaseFacts STATE_CASE = new CaseFacts("ALG-2026-000003", "XAA", InvestigatingEntity.TCC);
    private static final CaseFacts NIO_CASE = new CaseFacts("ALG-2026-000004", "XAA", InvestigatingEntity.NIO);

    private static final Caller INVESTIGATOR = caller("investigator", null);
    private static final Caller NIO_OF_XAA = caller("national-investigator", "XAA");
    private static final Caller NIO_OF_XAB = caller("national-investigator", "XAB");
    private static final Caller CONDUCT_OFFICER = caller("conduct-officer", null);
    private static final Caller AUDITOR = caller("auditor", null);

    @Test
    void investigatorsReadEveryCaseAndInvestigateWhereOiosOrTheMissionInvestigates() {
        assertThat(decide(INVESTIGATOR, CaseAction.READ, STATE_CASE)).isEqualTo(ALLOWED);
        assertThat(decide(INVESTIGATOR, CaseAction.INVESTIGATE, OIOS_CASE)).isEqualTo(ALLOWED);
        assertThat(decide(INVESTIGATOR, CaseAction.INVESTIGATE, MISSION_CASE)).isEqualTo(ALLOWED);
        assertThat(decide(INVESTIGATOR, CaseAction.INVESTIGATE, STATE_CASE)).isEqualTo(FORBIDDEN);
    }

    @Test
    void investigatorsTakeNoDecision() {
        assertThat(decide(INVESTIGATOR, CaseAction.DECIDE, OIOS_CASE)).isEqualTo(FORBIDDEN);
    }

    @Test
    void aNationalInvestigatorInvestigatesOnlyItsOwnStatesCasesThatTheStateInvestigates() {
        assertThat(decide(NIO_OF_XAA, CaseAction.READ, OIOS_CASE)).isEqualTo(ALLOWED);
        assertThat(decide(NIO_OF_XAA, CaseAction.INVESTIGATE, STATE_CASE)).isEqualTo(ALLOWED);
        assertThat(decide(NIO_OF_XAA, CaseAction.INVESTIGATE, NIO_CASE)).isEqualTo(ALLOWED);
        assertThat(decide(NIO_OF_XAA, CaseAction.INVESTIGATE, OIOS_CASE)).isEqualTo(FORBIDDEN);
    }

    @Test
    void theAccusedStateDecidesNothingOnItsOwnCase() {
        assertThat(decide(NIO_OF_XAA, CaseAction.DECIDE, STATE_CASE)).isEqualTo(FORBIDDEN);
        assertThat(decide(NIO_OF_XAA, CaseAction.DECIDE, NIO_CASE)).isEqualTo(FORBIDDEN);
    }

    @Test
    void anotherStatesCaseIsNotThereForANationalInvestigator() {
        for (CaseAction action : CaseAction.values()) {
            assertThat(decide(NIO_OF_XAB, action, STATE_CASE)).isEqualTo(NOT_FOUND);
        }
    }

    @Test
    void aNationalInvestigatorWithoutAStateSeesNoCase() {
        assertThat(decide(caller("national-investigator", null), CaseAction.READ, STATE_CASE)).isEqualTo(NOT_FOUND);
    }

    @Test
    void conductOfficersReadAndDecideButEstablishNoFact() {
        assertThat(decide(CONDUCT_OFFICER, CaseAction.READ, STATE_CASE)).isEqualTo(ALLOWED);
        assertThat(decide(CONDUCT_OFFICER, CaseAction.DECIDE, STATE_CASE)).isEqualTo(ALLOWED);
        assertThat(decide(CONDUCT_OFFICER, CaseAction.INVESTIGATE, OIOS_CASE)).isEqualTo(FORBIDDEN);
    }

    @Test
    void auditorsOnlyRead() {
        assertThat(decide(AUDITOR, CaseAction.READ, STATE_CASE)).isEqualTo(ALLOWED);
        assertThat(decide(AUDITOR, CaseAction.INVESTIGATE, OIOS_CASE)).isEqualTo(FORBIDDEN);
        assertThat(decide(AUDITOR, CaseAction.DECIDE, OIOS_CASE)).isEqualTo(FORBIDDEN);
    }

    @Test
    void anyOtherRoleIsRefused() {
        for (CaseAction action : CaseAction.values()) {
            assertThat(decide(caller("victim-assistance-officer", null), action, OIOS_CASE)).isEqualTo(FORBIDDEN);
        }
    }

    private static CaseAccessPolicy.Decision decide(Caller caller, CaseAction action, CaseFacts facts) {
        return CaseAccessPolicy.decide(caller, action, facts);
    }

    private static Caller caller(String role, String memberState) {
        return new Caller(role + ".user", Set.of(role), Optional.ofNullable(memberState));
    }
}
