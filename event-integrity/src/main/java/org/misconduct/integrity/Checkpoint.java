package org.misconduct.integrity;

import java.time.Instant;

/**
 * The chain's head as a service published it: the link at a global index, and how many events the chain held then.
 * Once published elsewhere, the store cannot be rewritten up to that index, or lose it, without disagreeing with it.
 */
public record Checkpoint(long globalIndex, String link, long count, Instant time) {

    ChainLink chainLink() {
        return ChainLink.fromHex(link);
    }
}
