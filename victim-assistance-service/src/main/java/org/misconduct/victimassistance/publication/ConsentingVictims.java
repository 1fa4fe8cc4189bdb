package org.misconduct.victimassistance.publication;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which victims of each case consent to share with investigators, so the publication can say how
 * many consent without ever saying who. Written by the publication processor, each change in a transaction
 * of its own that ends before the count is sent to Kafka.
 */
@Component
class ConsentingVictims {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ConsentingVictims(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Records the victim's consent and returns how many victims of the case now consent. The case is
     * locked until the transaction ends, so processors on other segments or instances count one after the other.
     */
    int record(String victimId, String caseReference, boolean consenting) {
        Integer count = transaction.execute(status -> recordLocked(victimId, caseReference, consenting));
        return count == null ? 0 : count;
    }

    private int recordLocked(String victimId, String caseReference, boolean consenting) {
        jdbc.query("SELECT pg_advisory_xact_lock(hashtext(?))", rows -> null, "consenting_victim:" + caseReference);
        jdbc.update("""
                INSERT INTO consenting_victim (victim_id, case_reference, consenting) VALUES (?, ?, ?)
                ON CONFLICT (victim_id) DO UPDATE SET consenting = EXCLUDED.consenting""",
                victimId, caseReference, consenting);
        Integer count = jdbc.queryForObject("SELECT count(*) FROM consenting_victim WHERE case_reference = ? AND consenting",
                Integer.class, caseReference);
        return count == null ? 0 : count;
    }

    /** A replay of the publication recounts from the first event. */
    void clear() {
        jdbc.update("DELETE FROM consenting_victim");
    }
}
