package org.misconduct.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a bearer token must carry to be accepted, beyond a valid signature from the configured issuer.
 *
 * @param audience  the {@code aud} every access token for these services must name; tokens minted for other
 *                  applications of the same identity provider are refused
 * @param clockSkew how far the clocks of the identity provider and this service may disagree when checking
 *                  {@code exp}, {@code nbf} and {@code iat}
 */
@ConfigurationProperties("misconduct.security.tokens")
public record TokenProperties(@DefaultValue("misconduct-api") String audience, @DefaultValue("PT30S") Duration clockSkew) {

    static final Duration MAXIMUM_CLOCK_SKEW = Duration.ofMinutes(2);

    public TokenProperties {
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("misconduct.security.tokens.audience must name the services' audience");
        }
        if (clockSkew.isNegative() || clockSkew.compareTo(MAXIMUM_CLOCK_SKEW) > 0) {
            throw new IllegalArgumentException("misconduct.security.tokens.clock-skew must lie between 0 and " + MAXIMUM_CLOCK_SKEW);
        }
    }
}
