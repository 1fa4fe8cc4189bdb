package org.misconduct.investigation;

import static org.misconduct.web.RealmRoles.AUDITOR;
import static org.misconduct.web.RealmRoles.CONDUCT_OFFICER;
import static org.misconduct.web.RealmRoles.INVESTIGATOR;

import org.misconduct.web.ResourceServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Cases belong to investigators; decisions on contingents and the payments view to conduct officers; auditors may read histories. */
@Configuration
class InvestigationSecurity {

    @Bean
    SecurityFilterChain investigationApi(HttpSecurity http, ResourceServer resourceServer) throws Exception {
        return resourceServer.apply(http)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/cases/*/history").hasAnyRole(INVESTIGATOR, CONDUCT_OFFICER, AUDITOR)
                        .requestMatchers("/api/v1/cases/**").hasRole(INVESTIGATOR)
                        .requestMatchers("/api/v1/contingents/**").hasRole(CONDUCT_OFFICER)
                        .requestMatchers(HttpMethod.GET, "/api/v1/payments/**").hasRole(CONDUCT_OFFICER)
                        .requestMatchers(ResourceServer.LIVENESS_PROBE, ResourceServer.READINESS_PROBE, "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .anyRequest().denyAll())
                .build();
    }
}
