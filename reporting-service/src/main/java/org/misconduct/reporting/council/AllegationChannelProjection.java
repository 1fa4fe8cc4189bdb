package org.misconduct.reporting.council;

import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.reporting.ledger.Projection;
import org.misconduct.streaming.ReceivedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The channel each allegation was received by, from its registration; a redelivered registration changes nothing. */
@Component
class AllegationChannelProjection implements Projection {

    static final String TABLE = "allegation_channel";

    private final JdbcTemplate jdbc;

    AllegationChannelProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void project(ReceivedEvent event) {
        if (event.data() instanceof AllegationRegistered registered && registered.caseReference() != null) {
            jdbc.update("INSERT INTO " + TABLE + " (case_reference, channel) VALUES (?, ?) ON CONFLICT (case_reference) DO NOTHING",
                    registered.caseReference(), registered.channel());
        }
    }

    @Override
    public void reset() {
        jdbc.execute("LOCK TABLE " + TABLE + " IN EXCLUSIVE MODE");
        jdbc.update("DELETE FROM " + TABLE);
    }
}
