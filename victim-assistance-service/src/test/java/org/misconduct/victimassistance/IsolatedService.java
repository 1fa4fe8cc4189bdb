package org.misconduct.victimassistance;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import org.misconduct.testinfra.ServiceTestProperties;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * For tests whose context runs beside the others in the same JVM: its own database, consumer group and service name
 * (hence its own dead-letter topics and handled mark), so no other context takes its records or its letters.
 */
public final class IsolatedService {

    private IsolatedService() {
    }

    public static void register(DynamicPropertyRegistry registry, String name) {
        ServiceTestProperties.register(registry, name.replace('-', '_'));
        ServiceTestProperties.registerPersonalDataKey(registry);
        registry.add("spring.application.name", () -> name);
        registry.add("spring.kafka.consumer.group-id", () -> name);
    }

    public static RequestPostProcessor operator() {
        return jwt().jwt(token -> token.subject("operator.one").claim("preferred_username", "operator.one"))
                .authorities(new SimpleGrantedAuthority("ROLE_admin"));
    }

    public static RequestPostProcessor victimOfficer() {
        return jwt().jwt(token -> token.subject("victim.officer").claim("preferred_username", "victim.officer"))
                .authorities(new SimpleGrantedAuthority("ROLE_victim-assistance-officer"));
    }
}
