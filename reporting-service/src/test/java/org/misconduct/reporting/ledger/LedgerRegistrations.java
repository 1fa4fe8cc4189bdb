package org.misconduct.reporting.ledger;

import org.springframework.jdbc.core.JdbcTemplate;

/** A ledger of registrations only, numbered from 1 in the order received, as a test starts from it. */
final class LedgerRegistrations {

    private LedgerRegistrations() {
    }

    /**
     * Replaces the ledger with {@code events} events, {@code event-1} on; every {@code laterVersionEvery}th of a type
     * this version does not know (0: none), the others registrations of cases {@code ALG-2026-000001} on.
     */
    static void replace(JdbcTemplate jdbc, int events, int laterVersionEvery) {
        jdbc.update("DELETE FROM received_event");
        jdbc.update("""
                INSERT INTO received_event (event_id, type, source, topic, case_reference, occurred_at, received_at, data)
                SELECT 'event-' || n, CASE WHEN n % ? = 0 THEN 'TypeOfALaterVersion' ELSE 'AllegationRegistered' END,
                       '/intake-service', 'misconduct.intake.v1', 'ALG-2026-' || lpad(n::text, 6, '0'), now(), now(),
                       jsonb_build_object('caseReference', 'ALG-2026-' || lpad(n::text, 6, '0'), 'mission', 'MINUSCA')
                FROM generate_series(1, ?) n ORDER BY n""", laterVersionEvery == 0 ? events + 1 : laterVersionEvery, events);
    }
}
