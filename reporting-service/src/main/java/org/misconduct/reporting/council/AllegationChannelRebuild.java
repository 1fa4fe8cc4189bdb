package org.misconduct.reporting.council;

import org.misconduct.reporting.ledger.CopyRows;
import org.misconduct.reporting.ledger.Projection;
import org.misconduct.reporting.ledger.RebuildTransaction;
import org.misconduct.streaming.ReceivedEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rebuild of the channels that streams the registrations, in the ledger's order, by {@code COPY} into a table of
 * the transaction's own, then inserts them in one statement where the first registration of a case wins, as it does
 * for the listener. The staging table goes with the transaction.
 */
final class AllegationChannelRebuild implements Projection.Rebuild {

    private static final String STAGING = "allegation_channel_rebuild";
    private static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;
    private final RebuildTransaction transaction;
    private CopyRows rows = stagedRows();
    private boolean staging;

    AllegationChannelRebuild(JdbcTemplate jdbc, RebuildTransaction transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void apply(ReceivedEvent event) {
        AllegationChannelProjection.row(event).ifPresent(row -> {
            rows.add(row);
            if (rows.size() >= BATCH) {
                copy();
            }
        });
    }

    @Override
    public void finish() {
        copy();
        if (staging) {
            // The table was emptied and is locked against the listener, so only the staged rows can meet.
            transaction.write(() -> jdbc.update("INSERT INTO " + AllegationChannelProjection.TABLE + " (case_reference, channel)"
                    + " SELECT DISTINCT ON (case_reference) case_reference, channel FROM " + STAGING
                    + " ORDER BY case_reference, arrival"));
        }
    }

    private void copy() {
        if (rows.size() == 0) {
            return;
        }
        if (!staging) {
            transaction.write(() -> jdbc.execute("CREATE TEMPORARY TABLE " + STAGING
                    + " (arrival BIGINT GENERATED ALWAYS AS IDENTITY, case_reference VARCHAR(64), channel VARCHAR(32))"
                    + " ON COMMIT DROP"));
            staging = true;
        }
        CopyRows copied = rows;
        rows = stagedRows();
        transaction.write(() -> copied.copy(jdbc));
    }

    private static CopyRows stagedRows() {
        return new CopyRows(STAGING, "case_reference, channel");
    }
}
