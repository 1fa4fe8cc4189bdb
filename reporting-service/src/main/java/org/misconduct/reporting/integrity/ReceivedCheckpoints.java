package org.misconduct.reporting.integrity;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The checkpoints reporting holds, as the anchors of the figures it computes. */
@Component
public class ReceivedCheckpoints {

    private final JdbcTemplate jdbc;

    ReceivedCheckpoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per service, the checkpoint received last: the history its figures had reached is covered through it. */
    public List<CheckpointReference> newestPerService() {
        return jdbc.query("""
                SELECT DISTINCT ON (source) source, chain, global_index, link, event_count, checkpoint_time
                FROM integrity_checkpoint ORDER BY source, received_at DESC, global_index DESC""",
                (row, index) -> new CheckpointReference(row.getString(1), row.getString(2), row.getLong(3), row.getString(4),
                        row.getLong(5), row.getTimestamp(6).toInstant()));
    }
}
