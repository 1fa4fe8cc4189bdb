package org.misconduct.investigation;

import static org.misconduct.web.RealmRoles.ADMIN;
import static org.misconduct.web.RealmRoles.AUDITOR;
import static org.misconduct.web.RealmRoles.CONDUCT_OFFICER;
import static org.misconduct.web.RealmRoles.INVESTIGATOR;
import static org.misconduct.web.RealmRoles.NATIONAL_INVESTIGATOR;
import static org.misconduct.web.RealmRoles.SCREENING_OFFICER;

import org.misconduct.web.ResourceServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach which part of the API. Under {@code /api/v1/cases} the roles that may read a case get through; which
 * action each of them may take on which case is decided per request by the decision rights ({@code access/}).
 * Contingents and the payments view are conduct officers' alone. Screening officers screen people, one by one or a list at once, and reach no case;
 * auditors list their checks.
 */
@Configuration
class InvestigationSecurity {

    @Bean
    SecurityFilterChain investigationApi(HttpSecurity http, ResourceServer resourceServer) throws Exception {
        return resourceServer.apply(http)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/integrity").hasRole(AUDITOR)
                        .requestMatchers("/api/v1/cases/**").hasAnyRole(INVESTIGATOR, NATIONAL_INVESTIGATOR, CONDUCT_OFFICER, AUDITOR)
                        .requestMatchers("/api/v1/contingents/**").hasRole(CONDUCT_OFFICER)
                        .requestMatchers(HttpMethod.POST, "/api/v1/screening/checks").hasRole(SCREENING_OFFICER)
                        .requestMatchers(HttpMethod.GET, "/api/v1/screening/checks").hasRole(AUDITOR)
                        .requestMatchers("/api/v1/screening/bulk-checks/**").hasRole(SCREENING_OFFICER)
                        .requestMatchers(HttpMethod.GET, "/api/v1/payments/**").hasRole(CONDUCT_OFFICER)
                        .requestMatchers("/api/v1/dead-letters/**", "/api/v1/projections/**").hasRole(ADMIN)
                        .requestMatchers(ResourceServer.LIVENESS_PROBE, ResourceServer.READINESS_PROBE, "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .anyRequest().denyAll())
                .build();
    }
}
