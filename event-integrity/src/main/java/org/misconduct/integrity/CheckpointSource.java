package org.misconduct.integrity;

/** Where a service finds the checkpoints it published of its own chain. */
@FunctionalInterface
public interface CheckpointSource {

    Checkpoints published();
}
