package org.misconduct.reporting;

import static org.misconduct.web.RealmRoles.ADMIN;
import static org.misconduct.web.RealmRoles.CONDUCT_OFFICER;

import org.misconduct.web.ResourceServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/** Public disclosure is open to all; Council reports belong to conduct officers; projections to admins. */
@Configuration
class ReportingSecurity {

    /** Everything the pages use comes from this service: no script at all, styles from files only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain reportingApi(HttpSecurity http, ResourceServer resourceServer) throws Exception {
        return resourceServer.apply(http)
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        // Swagger UI runs its own scripts; every other response gets the strict policy.
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(new OrRequestMatcher(
                                        AntPathRequestMatcher.antMatcher("/swagger-ui/**"),
                                        AntPathRequestMatcher.antMatcher("/swagger-ui.html"))),
                                new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY))))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/", "/css/**", "/favicon.ico", "/api/v1/public/**").permitAll()
                        .requestMatchers("/api/v1/council-reports/**", "/council-reports/**").hasRole(CONDUCT_OFFICER)
                        .requestMatchers("/api/v1/projections/**").hasRole(ADMIN)
                        .requestMatchers("/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .anyRequest().denyAll())
                .build();
    }
}
