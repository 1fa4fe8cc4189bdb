package org.misconduct.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/** Keycloak's realm roles ({@code realm_access.roles}) as Spring Security roles, so {@code hasRole("investigator")} works. */
public final class RealmRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    public static final String INTAKE_OFFICER = "intake-officer";
    public static final String INVESTIGATOR = "investigator";
    public static final String VICTIM_ASSISTANCE_OFFICER = "victim-assistance-officer";
    public static final String CONDUCT_OFFICER = "conduct-officer";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    public static JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RealmRoles());
        converter.setPrincipalClaimName("preferred_username");
        return converter;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }
}
