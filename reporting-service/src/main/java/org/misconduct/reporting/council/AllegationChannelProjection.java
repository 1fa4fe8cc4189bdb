package org.misconduct.reporting.council;

import java.util.Optional;

import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.reporting.ledger.Projection;
import org.misconduct.reporting.ledger.RebuildTransaction;
import org.misconduct.streaming.ReceivedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The channel each allegation was received by, from its registration; a redelivered registration changes nothing. */
@Component
class AllegationChannelProjection implements Projection {

    static final String TABLE = "allegation_channel";
    private static final String INSERT = "INSERT INTO " + TABLE + " (case_reference, channel) VALUES (?, ?)"
            + " ON CONFLICT (case_reference) DO NOTHING";

    private final JdbcTemplate jdbc;

    AllegationChannelProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void project(ReceivedEvent event) {
        row(event).ifPresent(row -> jdbc.update(INSERT, row));
    }

    /** Copies a rebuild's rows in bulk: each row stands alone, so nothing is read back. */
    @Override
    public Rebuild rebuilding(RebuildTransaction transaction) {
        return new AllegationChannelRebuild(jdbc, transaction);
    }

    static Optional<Object[]> row(ReceivedEvent event) {
        if (event.data() instanceof AllegationRegistered registered && registered.caseReference() != null) {
            return Optional.of(new Object[] {registered.caseReference(), registered.channel()});
        }
        return Optional.empty();
    }

    @Override
    public void lock() {
        jdbc.execute("LOCK TABLE " + TABLE + " IN EXCLUSIVE MODE");
    }

    @Override
    public void reset() {
        jdbc.update("DELETE FROM " + TABLE);
    }
}
