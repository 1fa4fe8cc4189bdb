package org.misconduct.web.abuse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bounds every service's public requests share; each service names its own allowances beside these.
 *
 * @param trackedClients  how many clients each limit remembers at most; beyond that the ones seen rarely and least
 *                        recently are forgotten first (see docs/security.md)
 * @param maxRequestBytes the largest body a public request may carry; a larger one gets 413 before it is read
 */
@ConfigurationProperties("misconduct.abuse-protection")
public record AbuseProtectionProperties(@DefaultValue("100000") int trackedClients, @DefaultValue("262144") long maxRequestBytes) {

    public AbuseProtectionProperties {
        if (trackedClients < 1 || maxRequestBytes < 1) {
            throw new IllegalArgumentException("misconduct.abuse-protection.tracked-clients and .max-request-bytes must be positive");
        }
    }
}
