package org.misconduct.web;

import java.time.Duration;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;

/**
 * The security every service shares: stateless bearer-token authentication against Keycloak,
 * realm roles as authorities, problem+json for 401 and 403, security headers on every response and no
 * cross-origin access. A service adds its own request rules.
 */
public final class ResourceServer {

    /** Allows no origin: a cross-origin request, preflight or not, is refused with 403. */
    private static final CorsConfiguration NO_CROSS_ORIGIN_ACCESS = new CorsConfiguration();
    private static final Duration HSTS_MAX_AGE = Duration.ofDays(365);
    private static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private final ProblemResponses problems;

    public ResourceServer(ProblemResponses problems) {
        this.problems = problems;
    }

    public HttpSecurity apply(HttpSecurity http) throws Exception {
        return http
                // Bearer tokens, no cookies: nothing for a cross-site request to ride on.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // The pages post only to their own origin; no other site's script may call these services.
                .cors(cors -> cors.configurationSource(request -> NO_CROSS_ORIGIN_ACCESS))
                .headers(headers -> headers
                        // Cache-Control no-store, nosniff and X-Frame-Options DENY are Spring Security's defaults.
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        // Written only on requests that arrived over TLS (at the proxy, as X-Forwarded-Proto tells).
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE.toSeconds()).includeSubDomains(true))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        .addHeaderWriter(new ContentSecurityPolicy()))
                .oauth2ResourceServer(oauth2 -> oauth2
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(RealmRoles.jwtAuthenticationConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
    }
}
