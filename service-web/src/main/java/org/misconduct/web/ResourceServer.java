package org.misconduct.web;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.misconduct.web.abuse.AbuseProtection;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;

/**
 * The security every service shares: stateless bearer-token authentication against Keycloak,
 * realm roles as authorities, problem+json for 401 and 403, security headers on every response, no
 * cross-origin access, and the rate limits of the service's public requests. A service adds its own request rules.
 */
public final class ResourceServer {

    /** Health on the service port, for probes and balancers; details and metrics are on the management port only. */
    public static final String LIVENESS_PROBE = "/livez";
    public static final String READINESS_PROBE = "/readyz";

    /** Allows no origin: a cross-origin request, preflight or not, is refused with 403. */
    private static final CorsConfiguration NO_CROSS_ORIGIN_ACCESS = new CorsConfiguration();
    private static final Duration HSTS_MAX_AGE = Duration.ofDays(365);
    private static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private final ProblemResponses problems;
    private final Optional<AbuseProtection> abuseProtection;

    public ResourceServer(ProblemResponses problems, Optional<AbuseProtection> abuseProtection) {
        this.problems = problems;
        this.abuseProtection = abuseProtection;
    }

    /**
     * No other site's script may call the API or the operational endpoints. The pages are left to the browser:
     * it submits their forms as navigations with {@code Origin: null} (their referrer policy is no-referrer),
     * and no script elsewhere can read them, since no answer carries an allow header.
     */
    static CorsConfiguration crossOriginAccess(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean page = !path.startsWith("/api/") && !path.startsWith("/actuator") && !path.startsWith("/v3/")
                && !path.startsWith("/swagger-ui") && !path.equals(LIVENESS_PROBE) && !path.equals(READINESS_PROBE);
        return page ? null : NO_CROSS_ORIGIN_ACCESS;
    }

    public HttpSecurity apply(HttpSecurity http) throws Exception {
        if (abuseProtection.isPresent()) {
            // After the header writer, so its refusals carry the security headers; before any token is checked.
            http.addFilterBefore(abuseProtection.get().filter(), BearerTokenAuthenticationFilter.class);
        }
        return http
                // Bearer tokens, no cookies: nothing for a cross-site request to ride on.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(cors -> cors.configurationSource(ResourceServer::crossOriginAccess))
                .headers(headers -> headers
                        // Cache-Control no-store, nosniff and X-Frame-Options DENY are Spring Security's defaults.
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        // Written only on requests that arrived over TLS (at the proxy, as X-Forwarded-Proto tells).
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE.toSeconds()).includeSubDomains(true))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        .addHeaderWriter(new ContentSecurityPolicy()))
                .oauth2ResourceServer(oauth2 -> oauth2
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(RealmRoles.jwtAuthenticationConverter()))
                        // A token that cannot be checked is answered by the entry point too (503), not rethrown as a 500.
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                AuthenticationEntryPointFailureHandler failures = new AuthenticationEntryPointFailureHandler(problems);
                                failures.setRethrowAuthenticationServiceException(false);
                                filter.setAuthenticationFailureHandler(failures);
                                return filter;
                            }
                        })
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
    }
}
