package org.misconduct.reporting.integrity;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A checkpoint of a service's event chain, as received by reporting. */
@Schema(description = "The newest checkpoint of a service's event chain received when the figures were computed")
public record CheckpointReference(
        @Schema(description = "The publishing service (CloudEvent source)") String service,
        String chain,
        long globalIndex,
        @Schema(description = "SHA-256 link of the chain at globalIndex, hex") String link,
        long count,
        Instant time) {
}
