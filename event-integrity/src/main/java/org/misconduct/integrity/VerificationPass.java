package org.misconduct.integrity;

import java.io.Serializable;

/**
 * How far the background verification has come through the chain: kept as its scheduled task's data, so a pass goes
 * on where it stopped whichever instance runs its next slice.
 *
 * @param index         the global index the next slice starts after
 * @param previousIndex the chain row the next chained row must name as the one before it, null at the beginning
 * @param link          that row's link, verified by the slices before, as hex
 * @param events        how many events the pass has verified so far
 */
public record VerificationPass(long index, Long previousIndex, String link, long events) implements Serializable {

    public static final VerificationPass BEGINNING = at(ChainStart.BEGINNING, 0);

    static VerificationPass at(ChainStart start, long events) {
        return new VerificationPass(start.index(), start.previousIndex(), start.link().hex(), events);
    }

    ChainStart start() {
        return new ChainStart(index, previousIndex, ChainLink.fromHex(link));
    }
}
