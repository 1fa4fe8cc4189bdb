package org.misconduct.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.hostile.HostileInputCampaign;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Malformed requests to every operation of the service's OpenAPI document, drawn from a seed (replay one with
 * {@code -Dhostile.seed=}), as nobody and as each of the service's roles: none is answered with a server error
 * and none stores anything.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class HostileInputIntegrationTest {

    private static final long SEED = 20261202002L;
    private static final int REQUESTS = 2_500;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        // Only requests change the service here: no records from the shared topics, no partitions taken from other tests.
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
        ServiceTestProperties.register(registry, "investigation_hostile_it");
        ServiceTestProperties.registerPersonalDataKey(registry);
        ServiceTestProperties.registerScreeningBlindIndexKey(registry);
    }

    /** No bearer token a hostile client makes up is valid; real tokens are the system tests' concern. */
    @TestConfiguration
    static class NoValidToken {
        @Bean
        JwtDecoder rejectingDecoder() {
            return token -> {
                throw new BadJwtException("not a token of this test");
            };
        }
    }

    @Autowired
    MockMvc http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void malformedRequestsGetNoServerErrorAndStoreNothing() throws Exception {
        Map<String, Long> before = HostileInputCampaign.rowCounts(jdbc);

        HostileInputCampaign.Result result = new HostileInputCampaign(http, credentials())
                .run(HostileInputCampaign.seed(SEED), REQUESTS);

        System.out.printf("Hostile input (seed %d): %d requests, statuses %s%n", result.seed(), result.requests(), result.statuses());
        assertThat(result.serverErrors()).as("server errors for seed " + result.seed()).isEmpty();
        assertThat(HostileInputCampaign.rowCounts(jdbc)).isEqualTo(before);
    }

    private static List<RequestPostProcessor> credentials() {
        List<RequestPostProcessor> credentials = new ArrayList<>();
        for (String role : List.of("investigator", "conduct-officer", "screening-officer", "auditor", "admin")) {
            credentials.add(jwt().jwt(token -> token.subject(role + ".user").claim("preferred_username", role + ".user"))
                    .authorities(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        credentials.add(jwt().jwt(token -> token.subject("investigator.nio").claim("preferred_username", "investigator.nio")
                .claim("member_state", "XAA")).authorities(new SimpleGrantedAuthority("ROLE_national-investigator")));
        return credentials;
    }
}
