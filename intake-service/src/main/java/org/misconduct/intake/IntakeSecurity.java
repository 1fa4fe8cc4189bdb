package org.misconduct.intake;

import static org.misconduct.web.RealmRoles.ADMIN;
import static org.misconduct.web.RealmRoles.AUDITOR;
import static org.misconduct.web.RealmRoles.COMMUNITY_FOCAL_POINT;
import static org.misconduct.web.RealmRoles.INTAKE_OFFICER;

import org.misconduct.web.ResourceServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Complaints and follow-up are public; intake officers and community focal points register complaints received by
 * other channels; triage belongs to intake officers; auditors may read histories.
 */
@Configuration
class IntakeSecurity {

    @Bean
    SecurityFilterChain intakeApi(HttpSecurity http, ResourceServer resourceServer) throws Exception {
        return resourceServer.apply(http)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/complaints", "/api/v1/complaints/*/messages", "/api/v1/complaints/*/attachments").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/complaints/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/complaints", "/follow-up", "/follow-up/messages", "/assets/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/complaints", "/follow-up", "/follow-up/messages").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/integrity").hasRole(AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/allegations/*/history").hasAnyRole(INTAKE_OFFICER, AUDITOR)
                        .requestMatchers(HttpMethod.POST, "/api/v1/allegations").hasAnyRole(INTAKE_OFFICER, COMMUNITY_FOCAL_POINT)
                        .requestMatchers("/api/v1/allegations", "/api/v1/allegations/**").hasRole(INTAKE_OFFICER)
                        .requestMatchers("/api/v1/dead-letters/**", "/api/v1/projections/**").hasRole(ADMIN)
                        .requestMatchers(ResourceServer.LIVENESS_PROBE, ResourceServer.READINESS_PROBE, "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .anyRequest().denyAll())
                .build();
    }
}
