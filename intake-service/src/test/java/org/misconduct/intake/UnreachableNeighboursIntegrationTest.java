package org.misconduct.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.misconduct.testinfra.ServiceTestProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Intake while Kafka and the identity provider are unreachable. The publication waits for Kafka without holding a
 * database transaction: no lock on its token or on anything its handlers wrote, no snapshot that keeps vacuum from
 * cleaning up. A token that cannot be checked is an outage (503), not a bad token and not a server error.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class UnreachableNeighboursIntegrationTest {

    private static final String LONG_TRANSACTIONS = """
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start < now() - interval '1 second'""";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        // A group of its own: its consumers take no partitions from the other tests of this JVM.
        registry.add("spring.kafka.consumer.group-id", () -> "intake-service-" + UUID.randomUUID());
        ServiceTestProperties.register(registry, "intake_no_kafka_it");
        // Nothing listens on the discard port: Kafka is unreachable from the start.
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:9");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> "http://127.0.0.1:9/realms/misconduct");
        registry.add("spring.kafka.admin.operation-timeout", () -> "2s");
        registry.add("spring.kafka.producer.properties.max.block.ms", () -> "500");
        registry.add("misconduct.publication.send-timeout", () -> "PT0.5S");
        ServiceTestProperties.registerPersonalDataKey(registry);
        ServiceTestProperties.registerFollowUpCodeKey(registry);
    }

    @Autowired
    MockMvc http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePublicationWaitsForKafkaHoldingNoDatabaseTransaction(CapturedOutput output) throws Exception {
        http.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON).content("""
                        {"mission":"MINUSCA","description":"A soldier asked for sex in exchange for food near the camp gate."}"""))
                .andExpect(status().isCreated());
        await("the publication waiting for Kafka").atMost(Duration.ofSeconds(60))
                .until(() -> output.getOut().contains("Kafka has not accepted AllegationRegistered"));

        await("no transaction open for more than a second while Kafka is away").during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.queryForObject(LONG_TRANSACTIONS, Long.class) == 0);
        assertThat(output.getOut()).doesNotContain("must run outside a database transaction");
    }

    @Test
    void aTokenThatCannotBeCheckedIsAnsweredServiceUnavailable() throws Exception {
        http.perform(get("/api/v1/allegations").header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/v1/allegations")).andExpect(status().isUnauthorized());
    }
}
