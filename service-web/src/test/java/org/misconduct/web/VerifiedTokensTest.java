package org.misconduct.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.misconduct.testinfra.MovableClock;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokensTest {

    private static final String ISSUER = "https://id.example.org/realms/misconduct";
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final TokenProperties TOKENS = new TokenProperties("misconduct-api", Duration.ofSeconds(30));

    private final MovableClock clock = new MovableClock(NOW);
    private final AtomicInteger verifications = new AtomicInteger();
    private final JwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (token.startsWith("forged")) {
            throw new BadJwtException("signature does not match");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").issuer(ISSUER).subject("investigator.oios")
                .audience(List.of("misconduct-api")).issuedAt(NOW).expiresAt(NOW.plusSeconds(300)).build();
    };
    private final VerifiedTokens tokens = new VerifiedTokens(verifier,
            AccessTokenValidation.validator(ISSUER, TOKENS, clock));

    @Test
    void aTokenUsedAgainIsVerifiedOnlyTheFirstTime() {
        for (int request = 0; request < 3; request++) {
            assertThat(tokens.decode("token-a").getSubject()).isEqualTo("investigator.oios");
        }
        tokens.decode("token-b");

        assertThat(verifications).hasValue(2);
    }

    @Test
    void aKeptTokenIsRefusedOnceItExpiresBeyondTheClockSkew() {
        tokens.decode("token-a");

        clock.advance(Duration.ofSeconds(300 + 29));
        assertThat(tokens.decode("token-a").getSubject()).isEqualTo("investigator.oios");

        clock.advance(Duration.ofSeconds(2));
        assertThatThrownBy(() -> tokens.decode("token-a"))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("expired");
    }

    @Test
    void aTokenThatFailsVerificationIsNotKeptAndFailsEveryTime() {
        assertThatThrownBy(() -> tokens.decode("forged-token")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged-token")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).hasValue(2);
    }
}
