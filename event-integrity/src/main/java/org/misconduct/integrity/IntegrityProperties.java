package org.misconduct.integrity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param checkpointInterval   how often at most the chain's head is published as a checkpoint
 * @param verificationInterval how often the whole chain is verified in the background
 */
@ConfigurationProperties("misconduct.integrity")
public record IntegrityProperties(@DefaultValue("PT1M") Duration checkpointInterval,
                                  @DefaultValue("PT10M") Duration verificationInterval) {
}
