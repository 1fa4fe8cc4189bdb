package org.misconduct.reporting.disclosure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many public requests (page, list, summary, CSV) one client may make per window. Clients are
 * told apart by their address, so behind a proxy {@code server.forward-headers-strategy} must be set.
 *
 * @param requests requests allowed per window and client; 0 turns the limit off
 * @param window   the length of a window
 */
@ConfigurationProperties("misconduct.reporting.public-rate-limit")
record PublicRateLimitProperties(@DefaultValue("120") int requests, @DefaultValue("PT1M") Duration window) {
}
