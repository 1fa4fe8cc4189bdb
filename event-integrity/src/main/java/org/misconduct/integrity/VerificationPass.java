package org.misconduct.integrity;

import java.io.Serializable;
import java.time.Instant;

/**
 * How far the background verification has come through the chain: kept as its scheduled task's data, so a pass goes
 * on where it stopped whichever instance runs its next slice.
 *
 * @param index         the global index the next slice starts after
 * @param previousIndex the chain row the next chained row must name as the one before it, null at the beginning
 * @param link          that row's link, verified by the slices before, as hex
 * @param events        how many events the pass has verified so far
 * @param passStarted   when the pass under way started; at the beginning, when the one before started (null if none)
 */
public record VerificationPass(long index, Long previousIndex, String link, long events, Instant passStarted)
        implements Serializable {

    public static final VerificationPass BEGINNING = at(ChainStart.BEGINNING, 0, null);

    static VerificationPass at(ChainStart start, long events, Instant passStarted) {
        return new VerificationPass(start.index(), start.previousIndex(), start.link().hex(), events, passStarted);
    }

    /** The beginning of the pass after this one, which remembers when this one started. */
    VerificationPass next() {
        return at(ChainStart.BEGINNING, 0, passStarted);
    }

    VerificationPass startedAt(Instant instant) {
        return new VerificationPass(index, previousIndex, link, events, instant);
    }

    boolean atBeginning() {
        return index == ChainStart.BEGINNING.index();
    }

    ChainStart start() {
        return new ChainStart(index, previousIndex, ChainLink.fromHex(link));
    }
}
