package org.misconduct.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;

/**
 * The security every service shares: stateless bearer-token authentication against Keycloak,
 * realm roles as authorities, problem+json for 401 and 403. A service adds its own request rules.
 */
public final class ResourceServer {

    private final ProblemResponses problems;

    public ResourceServer(ProblemResponses problems) {
        this.problems = problems;
    }

    public HttpSecurity apply(HttpSecurity http) throws Exception {
        return http
                // Bearer tokens, no cookies: nothing for a cross-site request to ride on.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(oauth2 -> oauth2
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(RealmRoles.jwtAuthenticationConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
    }
}
