package org.misconduct.investigation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.ArrayList;
import java.util.List;

import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.hostile.HostileInputTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Investigation's share of the hostile input: its seed and its roles, a Member State's investigator among them. */
class HostileInputIntegrationTest extends HostileInputTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        HostileInputTest.register(registry, "investigation_hostile_it");
        ServiceTestProperties.registerPersonalDataKey(registry);
        ServiceTestProperties.registerScreeningBlindIndexKey(registry);
    }

    HostileInputIntegrationTest() {
        super(20261202002L, credentials());
    }

    private static List<RequestPostProcessor> credentials() {
        List<RequestPostProcessor> credentials = new ArrayList<>(
                roles("investigator", "conduct-officer", "screening-officer", "auditor", "admin"));
        credentials.add(jwt().jwt(token -> token.subject("investigator.nio").claim("preferred_username", "investigator.nio")
                .claim("member_state", "XAA")).authorities(new SimpleGrantedAuthority("ROLE_national-investigator")));
        return credentials;
    }
}
