package org.misconduct.web;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Access tokens whose signature has been verified, kept by their exact text, so a staff member's requests verify the
 * signature and parse the token once, not at every request. Every use checks the claims again (lifetime above all),
 * so a kept token is refused the moment an unkept one would be. A token that fails verification is never kept.
 */
final class VerifiedTokens implements JwtDecoder {

    /** Far more than the staff signed in at once; a token the identity provider signed takes about 2 kB. */
    static final int KEPT_TOKENS = 5_000;
    /**
     * As long as the realm's access tokens live, counted from a token's first use, so no token expires later: one
     * that did would be let go after this and verified anew.
     */
    static final Duration KEPT_AT_MOST = Duration.ofMinutes(15);

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> claims;
    private final Cache<String, Jwt> verified = Caffeine.newBuilder()
            .maximumSize(KEPT_TOKENS)
            .expireAfterWrite(KEPT_AT_MOST)
            .build();

    VerifiedTokens(JwtDecoder verifier, OAuth2TokenValidator<Jwt> claims) {
        this.verifier = verifier;
        this.claims = claims;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = verified.get(token, verifier::decode);
        OAuth2TokenValidatorResult stillValid = claims.validate(jwt);
        if (stillValid.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException(firstDescription(stillValid), stillValid.getErrors());
        }
        return jwt;
    }

    private static String firstDescription(OAuth2TokenValidatorResult result) {
        return result.getErrors().stream()
                .map(error -> error.getDescription() != null ? error.getDescription() : error.getErrorCode())
                .findFirst()
                .orElse("The access token is no longer valid");
    }
}
