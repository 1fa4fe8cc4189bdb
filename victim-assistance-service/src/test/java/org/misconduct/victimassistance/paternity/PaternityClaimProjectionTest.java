package org.misconduct.victimassistance.paternity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.victimassistance.ProjectionDatabase;
import org.misconduct.victimassistance.victim.PaternityClaimStatus;
import org.misconduct.victimassistance.victim.PaternityClaimStatusRecorded;
import org.springframework.jdbc.core.JdbcTemplate;

/** Paternity claims and their status history, by calling the projection's handlers on a real database. */
class PaternityClaimProjectionTest {

    private static final String REF = "ALG-2026-000001";
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    private static JdbcTemplate jdbc;
    private PaternityClaimProjection projection;
    private PaternityClaims claims;

    @BeforeAll
    static void database() {
        jdbc = ProjectionDatabase.migrated("victim_assistance_paternity_projection_test");
    }

    @BeforeEach
    void empty() {
        projection = new PaternityClaimProjection(jdbc);
        claims = new PaternityClaims(jdbc);
        projection.reset();
    }

    @Test
    void aClaimShowsItsCurrentStatusAndEveryStatusItTook() {
        record("event-1", "claim-1", PaternityClaimStatus.FILED, T0);
        record("event-2", "claim-1", PaternityClaimStatus.UNDER_REVIEW, T0.plusSeconds(60));
        record("event-3", "claim-1", PaternityClaimStatus.PATERNITY_ESTABLISHED, T0.plusSeconds(120));

        assertThat(claims.of("victim-1")).singleElement().satisfies(claim -> {
            assertThat(claim.status()).isEqualTo("PATERNITY_ESTABLISHED");
            assertThat(claim.filedAt()).isEqualTo(T0);
            assertThat(claim.updatedAt()).isEqualTo(T0.plusSeconds(120));
            assertThat(claim.history()).extracting(PaternityClaims.StatusChange::status)
                    .containsExactly("FILED", "UNDER_REVIEW", "PATERNITY_ESTABLISHED");
        });
    }

    @Test
    void eachClaimKeepsItsOwnHistory() {
        record("event-1", "claim-1", PaternityClaimStatus.FILED, T0);
        record("event-2", "claim-2", PaternityClaimStatus.FILED, T0.plusSeconds(30));
        record("event-3", "claim-1", PaternityClaimStatus.CLOSED, T0.plusSeconds(60));

        assertThat(claims.of("victim-1")).extracting(PaternityClaims.Claim::claimId, PaternityClaims.Claim::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("claim-1", "CLOSED"),
                        org.assertj.core.groups.Tuple.tuple("claim-2", "FILED"));
        assertThat(claims.of("victim-1").get(1).history()).hasSize(1);
        assertThat(claims.of("victim-2")).isEmpty();
    }

    @Test
    void aStatusDeliveredTwiceIsRecordedOnce() {
        record("event-1", "claim-1", PaternityClaimStatus.FILED, T0);
        record("event-1", "claim-1", PaternityClaimStatus.FILED, T0);

        assertThat(claims.of("victim-1").get(0).history()).hasSize(1);
    }

    private void record(String eventId, String claimId, PaternityClaimStatus status, Instant at) {
        projection.on(new PaternityClaimStatusRecorded("victim-1", REF, claimId, status, at), eventId);
    }
}
