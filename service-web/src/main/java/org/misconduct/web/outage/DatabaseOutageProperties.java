package org.misconduct.web.outage;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service answers while its database is unreachable.
 *
 * @param retryAfter what the {@code Retry-After} header of the 503 answer tells clients to wait before retrying
 */
@ConfigurationProperties("misconduct.database-outage")
public record DatabaseOutageProperties(@DefaultValue("PT5S") Duration retryAfter) {

    public DatabaseOutageProperties {
        if (retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("misconduct.database-outage.retry-after must be positive");
        }
    }

    /** Whole seconds, rounded up, as the header carries them. */
    public long retryAfterSeconds() {
        return (retryAfter.toMillis() + 999) / 1000;
    }
}
