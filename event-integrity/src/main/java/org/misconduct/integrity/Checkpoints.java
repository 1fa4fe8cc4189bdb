package org.misconduct.integrity;

import java.util.Comparator;
import java.util.List;

/** Checkpoints a verification must find the chain passing through, in global index order. */
public record Checkpoints(List<Checkpoint> all) {

    public static final Checkpoints NONE = new Checkpoints(List.of());

    public Checkpoints {
        all = all.stream().sorted(Comparator.comparingLong(Checkpoint::globalIndex)).toList();
    }

    /** The checkpoints after global index {@code after}, through {@code through}. */
    public Checkpoints within(long after, long through) {
        return new Checkpoints(all.stream()
                .filter(checkpoint -> checkpoint.globalIndex() > after && checkpoint.globalIndex() <= through)
                .toList());
    }

    /** The highest global index a checkpoint covers, or null when there is none. */
    public Long anchoredThrough() {
        return all.isEmpty() ? null : all.get(all.size() - 1).globalIndex();
    }
}
