package org.misconduct.web.abuse;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.Filter;
import org.misconduct.web.ProblemResponses;

/**
 * Per-client rate limits and a body size limit on a service's public requests, as one filter the shared
 * resource-server setup places in the security filter chain. Exists in a service that declares its
 * {@link PublicRequests}. Limits are kept in memory per instance.
 */
public final class AbuseProtection {

    private final RateLimitFilter filter;

    public AbuseProtection(PublicRequests publicRequests, Optional<TooManyRequestsPage> page, AbuseProtectionProperties properties,
                           ProblemResponses problems, Clock clock) {
        this.filter = new RateLimitFilter(publicRequests, page, properties, problems, clock);
    }

    /** Not a bean of its own, so the servlet container does not run it a second time outside the security chain. */
    public Filter filter() {
        return filter;
    }
}
