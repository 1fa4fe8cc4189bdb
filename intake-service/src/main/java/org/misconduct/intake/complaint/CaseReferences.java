package org.misconduct.intake.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.misconduct.contracts.codes.CaseReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands out case references, numbered per year of receipt (UTC), from the sequence {@code case_reference_draw}: a draw
 * takes no lock and is never handed out twice, whether the registration commits or not. Call it outside the
 * registration's transaction, so that the first draw of a year is committed before any number of that year is drawn.
 */
@Component
class CaseReferences {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<Integer, Long> firstDrawOfYear = new ConcurrentHashMap<>();

    CaseReferences(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new case reference and the moment of receipt whose year it carries. */
    Issued next() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A case reference is drawn before the registration's transaction begins");
        }
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int year = receivedAt.atZone(ZoneOffset.UTC).getYear();
        long firstDraw = firstDrawOfYear.computeIfAbsent(year, this::firstDraw);
        long draw = jdbc.queryForObject("SELECT nextval('case_reference_draw')", Long.class);
        return new Issued(new CaseReference(year, Math.toIntExact(draw - firstDraw)).toString(), receivedAt);
    }

    /** The year's first draw, taken by whichever registration of the year comes first. */
    private long firstDraw(int year) {
        jdbc.update("""
                INSERT INTO case_reference_year (year, first_draw) VALUES (?, nextval('case_reference_draw'))
                ON CONFLICT (year) DO NOTHING""", year);
        return jdbc.queryForObject("SELECT first_draw FROM case_reference_year WHERE year = ?", Long.class, year);
    }

    record Issued(String caseReference, Instant receivedAt) {
    }
}
