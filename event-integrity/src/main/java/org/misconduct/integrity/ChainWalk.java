package org.misconduct.integrity;

import java.security.MessageDigest;
import java.util.Objects;

import org.misconduct.contracts.integrity.ChainBreakReason;

/**
 * Checks the store's events against their chain, one global index at a time in ascending order, and remembers the
 * first departure. Fed by {@link ChainVerifier}; knows no database.
 */
final class ChainWalk {

    private long events;
    private long lastIndex;
    private Long previousChainIndex;
    private ChainLink link;
    private BrokenLink firstBroken;

    /** A walk from the chain's start. */
    ChainWalk() {
        this(-1, null, ChainLink.START);
    }

    /** A walk that continues after a known chain row: its global index and link. */
    ChainWalk(long lastIndex, Long previousChainIndex, ChainLink link) {
        this.lastIndex = lastIndex;
        this.previousChainIndex = previousChainIndex;
        this.link = link;
    }

    /** One global index: its chain row and its event, either of which may be absent. */
    void step(ChainRow row, StoredEvent event) {
        if (event != null) {
            events++;
        }
        if (firstBroken == null) {
            firstBroken = check(row, event);
        }
        if (row != null && firstBroken == null) {
            previousChainIndex = row.globalIndex();
            lastIndex = row.globalIndex();
            link = new ChainLink(row.link());
        }
    }

    /** Records a departure found outside the store itself, such as a checkpoint the store no longer matches. */
    void broken(BrokenLink found) {
        if (firstBroken == null) {
            firstBroken = found;
        }
    }

    ChainLink link() {
        return link;
    }

    long lastIndex() {
        return lastIndex;
    }

    boolean intact() {
        return firstBroken == null;
    }

    ChainVerification result() {
        return new ChainVerification(events, lastIndex, link, firstBroken);
    }

    private BrokenLink check(ChainRow row, StoredEvent event) {
        if (row == null) {
            return new BrokenLink(event.globalIndex(), event.aggregateIdentifier(), event.sequenceNumber(), ChainBreakReason.INSERTED);
        }
        if (!Objects.equals(row.previousIndex(), previousChainIndex)) {
            return row.previousIndex() != null && (previousChainIndex == null || row.previousIndex() > previousChainIndex)
                    ? new BrokenLink(row.previousIndex(), null, null, ChainBreakReason.MISSING)
                    : new BrokenLink(row.globalIndex(), row.aggregateIdentifier(), row.sequenceNumber(), ChainBreakReason.INSERTED);
        }
        if (event == null) {
            return new BrokenLink(row.globalIndex(), row.aggregateIdentifier(), row.sequenceNumber(), ChainBreakReason.MISSING);
        }
        if (!MessageDigest.isEqual(event.digest(), row.digest())) {
            boolean moved = MessageDigest.isEqual(event.digestAt(row.aggregateIdentifier(), row.sequenceNumber()), row.digest());
            return new BrokenLink(event.globalIndex(), event.aggregateIdentifier(), event.sequenceNumber(),
                    moved ? ChainBreakReason.REORDERED : ChainBreakReason.CHANGED);
        }
        if (!row.expectedLink(link).sameAs(row.link())) {
            return new BrokenLink(row.globalIndex(), row.aggregateIdentifier(), row.sequenceNumber(), ChainBreakReason.CHANGED);
        }
        return null;
    }
}
