package org.misconduct.integrity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param checkpointInterval   how often at most the chain's head is published as a checkpoint
 * @param verificationInterval how often the background verification verifies its next slice of the chain
 * @param verificationSlice    how many global indexes at most one slice of the background verification covers; a
 *                             pass over the whole chain takes (events / slice) intervals
 * @param verificationPassInterval how soon at the earliest a pass of the background verification starts after the one
 *                             before started; a pass that takes longer is followed at once
 * @param chainInterval        how often newly committed events are chained; until then they can be changed unseen
 * @param chainGapGrace        how long the chain waits for an event whose global index was drawn but not yet
 *                             committed before passing over it; one committed later is reported as inserted
 * @param chainBatch           how many events at most one extension of the chain covers
 * @param verificationParallelism how many database connections at most one verification reads on at once
 */
@ConfigurationProperties("misconduct.integrity")
public record IntegrityProperties(@DefaultValue("PT1M") Duration checkpointInterval,
                                  @DefaultValue("PT10S") Duration verificationInterval,
                                  @DefaultValue("100000") long verificationSlice,
                                  @DefaultValue("PT10M") Duration verificationPassInterval,
                                  @DefaultValue("PT0.2S") Duration chainInterval,
                                  @DefaultValue("PT30S") Duration chainGapGrace,
                                  @DefaultValue("10000") int chainBatch,
                                  @DefaultValue("2") int verificationParallelism) {
}
