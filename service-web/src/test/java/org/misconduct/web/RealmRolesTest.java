package org.misconduct.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class RealmRolesTest {

    private final RealmRoles roles = new RealmRoles();

    @Test
    void realmRolesBecomeSpringRoles() {
        assertThat(authorities(token(List.of("conduct-officer", "auditor"), null)))
                .containsExactly("ROLE_conduct-officer", "ROLE_auditor");
    }

    @Test
    void aNationalInvestigatorIsScopedToItsMemberState() {
        Jwt token = token(List.of("national-investigator"), "XAA");
        assertThat(authorities(token)).containsExactly("ROLE_national-investigator");
        assertThat(RealmRoles.memberStateOf(token)).contains("XAA");
    }

    @Test
    void aNationalInvestigatorWithoutAMemberStateGetsNoRoleAtAll() {
        assertThat(authorities(token(List.of("national-investigator"), null))).isEmpty();
        assertThat(authorities(token(List.of("national-investigator"), " "))).isEmpty();
    }

    @Test
    void anInvestigatorScopedToAMemberStateGetsNoRoleAtAll() {
        assertThat(authorities(token(List.of("investigator", "auditor"), "XAA"))).isEmpty();
    }

    @Test
    void aTokenWithoutRealmRolesHasNone() {
        assertThat(authorities(Jwt.withTokenValue("t").header("alg", "RS256").claim("sub", "someone")
                .issuedAt(Instant.EPOCH).expiresAt(Instant.EPOCH.plusSeconds(60)).build())).isEmpty();
    }

    private List<String> authorities(Jwt token) {
        return roles.convert(token).stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static Jwt token(List<String> realmRoles, String memberState) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").claim("sub", "someone")
                .claim("realm_access", Map.of("roles", realmRoles))
                .issuedAt(Instant.EPOCH).expiresAt(Instant.EPOCH.plusSeconds(60));
        if (memberState != null) {
            builder.claim(RealmRoles.MEMBER_STATE_CLAIM, memberState);
        }
        return builder.build();
    }
}
