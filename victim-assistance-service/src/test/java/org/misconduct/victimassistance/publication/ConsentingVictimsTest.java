package org.misconduct.victimassistance.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.victimassistance.ProjectionDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** The count of consenting victims per case that SharingConsentChanged carries. */
class ConsentingVictimsTest {

    private static JdbcTemplate jdbc;
    private ConsentingVictims consentingVictims;

    @BeforeAll
    static void database() {
        jdbc = ProjectionDatabase.migrated("victim_assistance_consenting_victims_test");
    }

    @BeforeEach
    void empty() {
        jdbc.update("DELETE FROM consenting_victim");
        consentingVictims = new ConsentingVictims(jdbc);
    }

    @Test
    void victimsAreCountedPerCaseWhileTheyConsent() {
        assertThat(consentingVictims.record("victim-1", "ALG-2026-000001", true)).isEqualTo(1);
        assertThat(consentingVictims.record("victim-2", "ALG-2026-000002", true)).isEqualTo(1);
        assertThat(consentingVictims.record("victim-3", "ALG-2026-000001", true)).isEqualTo(2);
        assertThat(consentingVictims.record("victim-1", "ALG-2026-000001", false)).isEqualTo(1);
    }

    @Test
    void recordingTheSameConsentAgainCountsTheVictimOnce() {
        consentingVictims.record("victim-1", "ALG-2026-000001", true);

        assertThat(consentingVictims.record("victim-1", "ALG-2026-000001", true)).isEqualTo(1);
    }

    @Test
    void aReplayCountsAfresh() {
        consentingVictims.record("victim-1", "ALG-2026-000001", true);
        consentingVictims.record("victim-2", "ALG-2026-000001", true);
        consentingVictims.clear();

        assertThat(consentingVictims.record("victim-1", "ALG-2026-000001", true)).isEqualTo(1);
    }
}
