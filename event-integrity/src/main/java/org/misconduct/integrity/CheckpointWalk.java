package org.misconduct.integrity;

import java.util.List;
import java.util.Optional;

/** Holds a chain walk to the checkpoints it must pass, in order. */
final class CheckpointWalk {

    private final List<Checkpoint> checkpoints;
    private int next;

    CheckpointWalk(List<Checkpoint> checkpoints) {
        this.checkpoints = checkpoints;
    }

    /**
     * The walk reached {@code index}, whose chain row (null if absent) ended with {@code link}. A checkpoint skipped
     * over names an event that is gone; one reached with another link names a chain rewritten up to there.
     */
    Optional<BrokenLink> passed(long index, ChainRow row, ChainLink link) {
        while (next < checkpoints.size() && checkpoints.get(next).globalIndex() <= index) {
            Checkpoint checkpoint = checkpoints.get(next++);
            if (checkpoint.globalIndex() < index || row == null) {
                return Optional.of(new BrokenLink(checkpoint.globalIndex(), null, null, BreakReason.MISSING));
            }
            if (!checkpoint.chainLink().equals(link)) {
                return Optional.of(new BrokenLink(index, row.aggregateIdentifier(), row.sequenceNumber(), BreakReason.CHANGED));
            }
        }
        return Optional.empty();
    }

    /** The walk ended at {@code lastIndex}: a checkpoint beyond it names events lost from the newest end. */
    Optional<BrokenLink> end(long lastIndex) {
        return next < checkpoints.size() && checkpoints.get(next).globalIndex() > lastIndex
                ? Optional.of(new BrokenLink(checkpoints.get(next).globalIndex(), null, null, BreakReason.MISSING))
                : Optional.empty();
    }
}
