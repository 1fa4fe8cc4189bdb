package org.misconduct.integrity;

/**
 * What one walk over the event store found.
 *
 * @param events      how many events the store holds
 * @param lastIndex   the global index of the newest chained event, or -1 when none is
 * @param lastLink    its link, or the chain's starting link when none is
 * @param firstBroken the first departure from the chain, or null when the history is intact
 */
public record ChainVerification(long events, long lastIndex, ChainLink lastLink, BrokenLink firstBroken) {

    public boolean intact() {
        return firstBroken == null;
    }
}
