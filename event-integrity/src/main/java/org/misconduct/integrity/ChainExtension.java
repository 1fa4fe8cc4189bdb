package org.misconduct.integrity;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Chains the events committed since the last extension, through the database's {@code event_chain_extend}, which
 * runs as the schema's owner: the service's own role never writes the chain. Instances call it concurrently without
 * harm; one at a time extends, the others return at once.
 */
public class ChainExtension {

    private final JdbcTemplate jdbc;
    private final int batch;
    private final Duration gapGrace;

    public ChainExtension(DataSource dataSource, int batch, Duration gapGrace) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.batch = batch;
        this.gapGrace = gapGrace;
    }

    /** @return how many events were chained, in batches until the chain caught up or waits at a gap */
    public long extend() {
        long chained = 0;
        int last;
        do {
            last = extendOnce();
            chained += last;
        } while (last == batch);
        return chained;
    }

    private int extendOnce() {
        Integer chained = jdbc.queryForObject("SELECT event_chain_extend(?, ? * interval '1 millisecond')", Integer.class,
                batch, gapGrace.toMillis());
        return chained == null ? 0 : chained;
    }
}
