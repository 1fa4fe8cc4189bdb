package org.misconduct.testinfra.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.misconduct.testinfra.ServiceTestProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Malformed requests to every operation of a service's OpenAPI document, drawn from a seed (replay one with
 * {@code -Dhostile.seed=}), as nobody and as each of the service's roles: none is answered with a server error
 * and none stores anything. Each service's test extends this with its seed, its roles and its properties:
 * <pre>
 * class HostileInputIntegrationTest extends HostileInputTest {
 *     &#64;DynamicPropertySource
 *     static void infrastructure(DynamicPropertyRegistry registry) {
 *         HostileInputTest.register(registry, "intake_hostile_it");
 *     }
 *     HostileInputIntegrationTest() {
 *         super(20261202001L, roles("intake-officer", "auditor", "admin"));
 *     }
 * }
 * </pre>
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
@Import(HostileInputTest.NoValidToken.class)
public abstract class HostileInputTest {

    /** Requests per service: four services, 10,000 in all. */
    public static final int REQUESTS = 2_500;

    private final long defaultSeed;
    private final List<RequestPostProcessor> credentials;

    @Autowired
    private MockMvc http;
    @Autowired
    private JdbcTemplate jdbc;

    protected HostileInputTest(long defaultSeed, List<RequestPostProcessor> credentials) {
        this.defaultSeed = defaultSeed;
        this.credentials = List.copyOf(credentials);
    }

    /**
     * The service's database and Kafka, with its listeners off: only requests change the service here, no records
     * from the shared topics, and no partitions are taken from other tests.
     */
    protected static void register(DynamicPropertyRegistry registry, String databaseName) {
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
        ServiceTestProperties.register(registry, databaseName);
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

    @Test
    void malformedRequestsGetNoServerErrorAndStoreNothing() throws Exception {
        Map<String, Long> before = HostileInputCampaign.rowCounts(jdbc);

        HostileInputCampaign.Result result = new HostileInputCampaign(http, credentials)
                .run(HostileInputCampaign.seed(defaultSeed), REQUESTS);

        System.out.printf("Hostile input (seed %d): %d requests, statuses %s%n", result.seed(), result.requests(), result.statuses());
        assertThat(result.serverErrors()).as("server errors for seed " + result.seed()).isEmpty();
        assertThat(HostileInputCampaign.rowCounts(jdbc)).isEqualTo(before);
    }

    /** A signed-in user of each role, named after it. */
    protected static List<RequestPostProcessor> roles(String... roles) {
        List<RequestPostProcessor> credentials = new ArrayList<>();
        for (String role : roles) {
            credentials.add(jwt().jwt(token -> token.subject(role + ".user").claim("preferred_username", role + ".user"))
                    .authorities(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        return credentials;
    }
}
