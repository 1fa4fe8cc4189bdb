package org.misconduct.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * Keycloak's realm roles ({@code realm_access.roles}) as Spring Security roles, so {@code hasRole("investigator")} works.
 * A Member State's investigator is known by the {@value #MEMBER_STATE_CLAIM} claim, and only then: a
 * {@value #NATIONAL_INVESTIGATOR} token without it, or an {@value #INVESTIGATOR} token with it, could not be scoped
 * to one state or would be scoped to one it should not be, so it gets no role at all and is refused everywhere.
 */
public final class RealmRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    public static final String INTAKE_OFFICER = "intake-officer";
    public static final String COMMUNITY_FOCAL_POINT = "community-focal-point";
    public static final String INVESTIGATOR = "investigator";
    public static final String NATIONAL_INVESTIGATOR = "national-investigator";
    public static final String SCREENING_OFFICER = "screening-officer";
    public static final String VICTIM_ASSISTANCE_OFFICER = "victim-assistance-officer";
    public static final String CONDUCT_OFFICER = "conduct-officer";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    public static final String MEMBER_STATE_CLAIM = "member_state";

    public static JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RealmRoles());
        converter.setPrincipalClaimName("preferred_username");
        return converter;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<String> roles = rolesOf(jwt);
        if (!scopedAsItsRolesRequire(roles, jwt)) {
            return List.of();
        }
        return roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    /** The Member State a national investigator's token is scoped to. */
    public static Optional<String> memberStateOf(Jwt token) {
        String state = token == null ? null : token.getClaimAsString(MEMBER_STATE_CLAIM);
        return state == null || state.isBlank() ? Optional.empty() : Optional.of(state);
    }

    private static List<String> rolesOf(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream().map(String::valueOf).toList();
    }

    private static boolean scopedAsItsRolesRequire(List<String> roles, Jwt jwt) {
        boolean scoped = memberStateOf(jwt).isPresent();
        return !(roles.contains(NATIONAL_INVESTIGATOR) && !scoped) && !(roles.contains(INVESTIGATOR) && scoped);
    }
}
