package org.misconduct.reporting.integrity;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Figures with the checkpoints they were computed under: the answer's fields stay those of the figures, with
 * {@code checkpoints} added beside them.
 */
public record Anchored<T>(@JsonUnwrapped T figures, List<CheckpointReference> checkpoints) {
}
