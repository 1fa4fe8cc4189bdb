package org.misconduct.web;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * The checks every access token passes: the signature of the configured issuer's keys, that same issuer in
 * {@code iss}, this system's audience in {@code aud}, and an expiry that has not passed beyond the bounded skew.
 * A token without an expiry is refused rather than trusted for ever.
 */
public final class AccessTokenValidation {

    private AccessTokenValidation() {
    }

    public static OAuth2TokenValidator<Jwt> validator(String issuer, TokenProperties tokens, Clock clock) {
        JwtTimestampValidator lifetime = new JwtTimestampValidator(tokens.clockSkew());
        lifetime.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtClaimValidator<>(JwtClaimNames.EXP, Objects::nonNull),
                lifetime,
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audiences -> audiences != null && audiences.contains(tokens.audience()))));
    }

    /**
     * Reads the issuer's keys on first use, so a service starts even while the identity provider is still starting;
     * keeps each verified token until it expires ({@link VerifiedTokens}).
     */
    static JwtDecoder decoder(String issuer, TokenProperties tokens, Clock clock) {
        OAuth2TokenValidator<Jwt> validator = validator(issuer, tokens, clock);
        JwtDecoder decoder = new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder nimbus = JwtDecoders.fromIssuerLocation(issuer);
            nimbus.setJwtValidator(validator);
            return nimbus;
        });
        return new VerifiedTokens(token -> {
            try {
                return decoder.decode(token);
            } catch (JwtDecoderInitializationException unreachable) {
                // Not the token's fault: the issuer could not be asked for its keys. Answered 503, as any outage.
                throw new JwtException("The identity provider cannot be reached", unreachable);
            }
        }, validator);
    }
}
