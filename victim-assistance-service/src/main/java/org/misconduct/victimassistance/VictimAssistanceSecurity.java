package org.misconduct.victimassistance;

import static org.misconduct.web.RealmRoles.ADMIN;
import static org.misconduct.web.RealmRoles.AUDITOR;
import static org.misconduct.web.RealmRoles.VICTIM_ASSISTANCE_OFFICER;

import org.misconduct.web.ResourceServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Victims are seen by victim assistance officers alone; auditors may read a victim's history, which holds no personal data.
 * Investigators get nothing here: what they may learn (that a consenting victim exists) travels as a published count.
 */
@Configuration
class VictimAssistanceSecurity {

    @Bean
    SecurityFilterChain victimAssistanceApi(HttpSecurity http, ResourceServer resourceServer) throws Exception {
        return resourceServer.apply(http)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/integrity").hasRole(AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/victims/*/history").hasAnyRole(VICTIM_ASSISTANCE_OFFICER, AUDITOR)
                        .requestMatchers("/api/v1/victims", "/api/v1/victims/**", "/api/v1/open-needs").hasRole(VICTIM_ASSISTANCE_OFFICER)
                        .requestMatchers("/api/v1/dead-letters/**", "/api/v1/projections/**").hasRole(ADMIN)
                        .requestMatchers(ResourceServer.LIVENESS_PROBE, ResourceServer.READINESS_PROBE, "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .anyRequest().denyAll())
                .build();
    }
}
