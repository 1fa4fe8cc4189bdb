package org.misconduct.reporting;

import static org.misconduct.web.RealmRoles.ADMIN;
import static org.misconduct.web.RealmRoles.CONDUCT_OFFICER;

import org.misconduct.web.ResourceServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Public disclosure is open to all; Council reports belong to conduct officers; projections to admins. */
@Configuration
class ReportingSecurity {

    @Bean
    SecurityFilterChain reportingApi(HttpSecurity http, ResourceServer resourceServer) throws Exception {
        // The shared security headers already give the pages a policy without any script.
        return resourceServer.apply(http)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/", "/css/**", "/favicon.ico", "/api/v1/public/**").permitAll()
                        .requestMatchers("/api/v1/council-reports/**", "/council-reports/**").hasRole(CONDUCT_OFFICER)
                        .requestMatchers("/api/v1/projections/**", "/api/v1/dead-letters/**").hasRole(ADMIN)
                        .requestMatchers(ResourceServer.LIVENESS_PROBE, ResourceServer.READINESS_PROBE, "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .anyRequest().denyAll())
                .build();
    }
}
