package org.misconduct.reporting.council;

import java.nio.charset.StandardCharsets;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import org.misconduct.reporting.ledger.CopyRows;
import org.misconduct.reporting.ledger.Projection;
import org.misconduct.reporting.ledger.RebuildTransaction;
import org.misconduct.streaming.ReceivedEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rebuild of the channels by {@code COPY}, where the first registration of a case wins, as it does for the listener.
 * A registration of a case the rebuild has surely not met yet (a Bloom filter of those met, in constant memory) is
 * copied into the table at once. Any other, a case met again or a false positive of the filter, is copied into a table
 * of the transaction's own in the ledger's order; at the end, the first of each case goes in unless its case is there
 * already. The staging table goes with the transaction.
 */
final class AllegationChannelRebuild implements Projection.Rebuild {

    private static final String STAGING = "allegation_channel_rebuild";
    private static final int BATCH = 5_000;
    private static final int EXPECTED_CASES = 1_000_000;
    private static final double FALSE_POSITIVES = 0.01;

    private final JdbcTemplate jdbc;
    private final RebuildTransaction transaction;
    private final BloomFilter<String> casesMet;
    private CopyRows firsts = firstRows();
    private CopyRows others = stagedRows();
    private boolean staging;

    AllegationChannelRebuild(JdbcTemplate jdbc, RebuildTransaction transaction) {
        this(jdbc, transaction, EXPECTED_CASES);
    }

    /** @param expectedCases how many cases the filter is sized for; beyond them it mistakes more new cases for cases met */
    AllegationChannelRebuild(JdbcTemplate jdbc, RebuildTransaction transaction, int expectedCases) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.casesMet = BloomFilter.create(Funnels.stringFunnel(StandardCharsets.UTF_8), expectedCases, FALSE_POSITIVES);
    }

    @Override
    public void apply(ReceivedEvent event) {
        AllegationChannelProjection.row(event).ifPresent(row -> {
            if (casesMet.put((String) row[0])) {
                firsts.add(row);
            } else {
                others.add(row);
            }
            if (firsts.size() + others.size() >= BATCH) {
                copy();
            }
        });
    }

    @Override
    public void finish() {
        copy();
        if (staging) {
            // The table was emptied and is locked against the listener, so only this rebuild's rows can meet.
            transaction.write(() -> jdbc.update("INSERT INTO " + AllegationChannelProjection.TABLE + " (case_reference, channel)"
                    + " SELECT DISTINCT ON (case_reference) case_reference, channel FROM " + STAGING
                    + " ORDER BY case_reference, arrival ON CONFLICT (case_reference) DO NOTHING"));
        }
    }

    private void copy() {
        if (firsts.size() > 0) {
            CopyRows copied = firsts;
            firsts = firstRows();
            transaction.write(() -> copied.copy(jdbc));
        }
        if (others.size() > 0) {
            if (!staging) {
                transaction.write(() -> jdbc.execute("CREATE TEMPORARY TABLE " + STAGING
                        + " (arrival BIGINT GENERATED ALWAYS AS IDENTITY, case_reference VARCHAR(64), channel VARCHAR(32))"
                        + " ON COMMIT DROP"));
                staging = true;
            }
            CopyRows copied = others;
            others = stagedRows();
            transaction.write(() -> copied.copy(jdbc));
        }
    }

    private static CopyRows firstRows() {
        return new CopyRows(AllegationChannelProjection.TABLE, "case_reference, channel");
    }

    private static CopyRows stagedRows() {
        return new CopyRows(STAGING, "case_reference, channel");
    }
}
