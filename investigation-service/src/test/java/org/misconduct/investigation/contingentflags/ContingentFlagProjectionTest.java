package org.misconduct.investigation.contingentflags;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.investigation.contingent.ContingentFlagged;
import org.misconduct.investigation.contingent.ContingentRepatriated;
import org.misconduct.investigation.contingent.FlagReason;
import org.misconduct.testinfra.MigratedDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

class ContingentFlagProjectionTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    private static JdbcTemplate jdbc;
    private ContingentFlagProjection projection;
    private ContingentFlags flags;

    @BeforeAll
    static void database() {
        jdbc = MigratedDatabase.of("investigation_contingent_flags_test", "classpath:db/axon", "classpath:db/streaming", "classpath:db/investigation");
    }

    @BeforeEach
    void empty() {
        projection = new ContingentFlagProjection(jdbc);
        flags = new ContingentFlags(jdbc);
        projection.reset();
    }

    @Test
    void flagsAreListedNewestFirstAndShowTheRepatriation() {
        projection.on(new ContingentFlagged("c1", "MINUSCA", "XAA", "XAA-BATT-1", FlagReason.REFERRED_SEA_ALLEGATIONS,
                List.of("ALG-2026-000001", "ALG-2026-000002"), T0));
        projection.on(new ContingentFlagged("c2", "MINUSCA", "XAB", "XAB-FPU-1", FlagReason.MEMBER_STATE_INTENT_BREACHED,
                List.of("ALG-2026-000003"), T0.plusSeconds(60)));
        projection.on(new ContingentRepatriated("c1", "MINUSCA", "XAA", "XAA-BATT-1", List.of("ALG-2026-000001"), T0.plusSeconds(120)));

        assertThat(flags.all()).extracting(ContingentFlags.Flag::contingentId).containsExactly("c2", "c1");
        assertThat(flags.all().get(1)).satisfies(flag -> {
            assertThat(flag.caseReferences()).containsExactly("ALG-2026-000001", "ALG-2026-000002");
            assertThat(flag.repatriatedAt()).isEqualTo(T0.plusSeconds(120));
        });
    }

    @Test
    void aRedeliveredFlagIsListedOnce() {
        ContingentFlagged flagged = new ContingentFlagged("c1", "MINUSCA", "XAA", "XAA-BATT-1", FlagReason.REFERRED_SEA_ALLEGATIONS,
                List.of("ALG-2026-000001"), T0);
        projection.on(flagged);
        projection.on(flagged);

        assertThat(flags.all()).hasSize(1);
    }
}
