package org.misconduct.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class AccessTokenValidationTest {

    private static final String ISSUER = "https://id.example.org/realms/misconduct";
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final TokenProperties TOKENS = new TokenProperties("misconduct-api", Duration.ofSeconds(30));
    private static final KeyPair KEYS = rsaKeys();

    private final NimbusJwtDecoder decoder = decoder();

    @Test
    void aTokenOfTheIssuerForTheServicesIsAcceptedWithItsRealmRoles() {
        Jwt jwt = decoder.decode(token(claims -> claims));

        List<String> roles = RealmRoles.jwtAuthenticationConverter().convert(jwt).getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList();
        assertThat(roles).containsExactly("ROLE_investigator");
    }

    @Test
    void rolesGrantedByAClientRatherThanTheRealmCountForNothing() {
        Jwt jwt = decoder.decode(token(claims -> claims
                .claim("realm_access", Map.of("roles", List.of()))
                .claim("resource_access", Map.of("misconduct-cli", Map.of("roles", List.of("admin", "investigator"))))));

        assertThat(RealmRoles.jwtAuthenticationConverter().convert(jwt).getAuthorities()).isEmpty();
    }

    @Test
    void aTokenOfAnotherIssuerIsRefusedEvenWithAValidSignature() {
        String foreign = token(claims -> claims.issuer("https://id.example.org/realms/elsewhere"));

        assertThatThrownBy(() -> decoder.decode(foreign)).isInstanceOf(JwtValidationException.class).hasMessageContaining("iss");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertThatThrownBy(() -> decoder.decode(token(claims -> claims.audience("account"))))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("aud");
        assertThatThrownBy(() -> decoder.decode(token(claims -> claims.audience((String) null))))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("aud");
    }

    @Test
    void anExpiredTokenIsAcceptedOnlyWithinTheBoundedClockSkew() {
        String withinSkew = token(claims -> claims.expirationTime(Date.from(NOW.minusSeconds(29))));
        String beyondSkew = token(claims -> claims.expirationTime(Date.from(NOW.minusSeconds(31))));

        assertThat(decoder.decode(withinSkew).getSubject()).isEqualTo("investigator.oios");
        assertThatThrownBy(() -> decoder.decode(beyondSkew)).isInstanceOf(JwtValidationException.class).hasMessageContaining("expired");
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        assertThatThrownBy(() -> decoder.decode(token(claims -> claims.expirationTime(null))))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("exp");
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        assertThatThrownBy(() -> decoder.decode(token(claims -> claims.notBeforeTime(Date.from(NOW.plusSeconds(60))))))
                .isInstanceOf(JwtValidationException.class);
    }

    @Test
    void theClockSkewCannotBeConfiguredBeyondTwoMinutes() {
        assertThatThrownBy(() -> new TokenProperties("misconduct-api", Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clock-skew");
        assertThatThrownBy(() -> new TokenProperties(" ", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("audience");
    }

    private static NimbusJwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
        decoder.setJwtValidator(AccessTokenValidation.validator(ISSUER, TOKENS, Clock.fixed(NOW, ZoneOffset.UTC)));
        return decoder;
    }

    private static String token(UnaryOperator<JWTClaimsSet.Builder> adjust) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("investigator.oios")
                .audience(List.of("misconduct-api", "account"))
                .issueTime(Date.from(NOW.minusSeconds(60)))
                .expirationTime(Date.from(NOW.plusSeconds(240)))
                .claim("preferred_username", "investigator.oios")
                .claim("realm_access", Map.of("roles", List.of("investigator")));
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), adjust.apply(claims).build());
            jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
