package org.misconduct.victimassistance.publication;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Which victims of each case consent to share with investigators, so the publication can say how
 * many consent without ever saying who. Written by the publication processor outside any transaction.
 */
@Component
class ConsentingVictims {

    private final JdbcTemplate jdbc;

    ConsentingVictims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the victim's consent and hands how many victims of the case now consent to the publication. The case
     * is locked (a session lock, no transaction) until the count is published, so processors on other segments or
     * instances count and publish one after the other and the last count published is the last counted.
     */
    void record(String victimId, String caseReference, boolean consenting, IntConsumer publication) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            JdbcTemplate session = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            String lock = "consenting_victim:" + caseReference;
            session.query("SELECT pg_advisory_lock(hashtext(?))", rows -> null, lock);
            try {
                session.update("""
                        INSERT INTO consenting_victim (victim_id, case_reference, consenting) VALUES (?, ?, ?)
                        ON CONFLICT (victim_id) DO UPDATE SET consenting = EXCLUDED.consenting""",
                        victimId, caseReference, consenting);
                Integer count = session.queryForObject(
                        "SELECT count(*) FROM consenting_victim WHERE case_reference = ? AND consenting", Integer.class, caseReference);
                publication.accept(count == null ? 0 : count);
            } finally {
                session.query("SELECT pg_advisory_unlock(hashtext(?))", rows -> null, lock);
            }
            return null;
        });
    }

    /** Records the victim's consent and returns how many victims of the case now consent. */
    int record(String victimId, String caseReference, boolean consenting) {
        AtomicInteger count = new AtomicInteger();
        record(victimId, caseReference, consenting, count::set);
        return count.get();
    }

    /** A replay of the publication recounts from the first event. */
    void clear() {
        jdbc.update("DELETE FROM consenting_victim");
    }
}
