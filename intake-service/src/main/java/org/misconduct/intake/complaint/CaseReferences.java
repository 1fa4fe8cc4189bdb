package org.misconduct.intake.complaint;

import java.time.Clock;
import java.time.ZoneOffset;

import org.misconduct.contracts.codes.CaseReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Hands out case references, numbered per year of receipt (UTC). */
@Component
class CaseReferences {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseReferences(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String next() {
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        Integer number = jdbc.queryForObject("""
                INSERT INTO case_reference_counter (year, last_number) VALUES (?, 1)
                ON CONFLICT (year) DO UPDATE SET last_number = case_reference_counter.last_number + 1
                RETURNING last_number""", Integer.class, year);
        return new CaseReference(year, number).toString();
    }
}
