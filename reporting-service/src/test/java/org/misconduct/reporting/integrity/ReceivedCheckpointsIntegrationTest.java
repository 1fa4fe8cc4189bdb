package org.misconduct.reporting.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.integrity.ChainCheckpoint;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Every checkpoint of the services' chains is kept, and the figures name the newest of each service's. */
// A group of its own: other test contexts of this JVM consume the same topic with their own databases.
@SpringBootTest(properties = "spring.kafka.consumer.group-id=reporting-checkpoints-it")
@AutoConfigureMockMvc
class ReceivedCheckpointsIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "reporting_checkpoints_it");
        ServiceTestProperties.registerDisclosureOrderKey(registry);
    }

    @Autowired
    MockMvc http;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyCheckpointIsKeptOnceAndTheFiguresNameTheNewestOfEachService() throws Exception {
        String service = "/intake-service-" + UUID.randomUUID();
        String chain = UUID.randomUUID().toString();
        Instant time = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        byte[] first = checkpoint(service, new ChainCheckpoint(chain, 41, "a".repeat(64), 40, time));
        byte[] second = checkpoint(service, new ChainCheckpoint(chain, 57, "b".repeat(64), 55, time.plusSeconds(60)));
        TopicRecords.send(Topics.INTEGRITY, chain, first);
        TopicRecords.send(Topics.INTEGRITY, chain, first);
        await("the first checkpoint kept").atMost(WITHIN).until(() -> kept(service) == 1);
        TopicRecords.send(Topics.INTEGRITY, chain, second);
        await("both checkpoints kept").atMost(WITHIN).until(() -> kept(service) == 2);

        String named = "$.checkpoints[?(@.service == '" + service + "')]";
        http.perform(get("/api/v1/public/summary"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allegations").isNumber())
                .andExpect(jsonPath(named + ".globalIndex").value(57))
                .andExpect(jsonPath(named + ".link").value("b".repeat(64)))
                .andExpect(jsonPath(named + ".chain").value(chain))
                .andExpect(jsonPath(named + ".count").value(55));
        http.perform(get("/api/v1/council-reports/{year}", time.toString().substring(0, 4))
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_conduct-officer"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allegations").exists())
                .andExpect(jsonPath(named + ".globalIndex").value(57));
        assertThat(kept(service)).isEqualTo(2);
    }

    private byte[] checkpoint(String service, ChainCheckpoint checkpoint) {
        return codec.encode(checkpoint, UUID.randomUUID().toString(), URI.create(service), checkpoint.time());
    }

    private long kept(String service) {
        return jdbc.queryForObject("SELECT count(*) FROM integrity_checkpoint WHERE source = ?", Long.class, service);
    }
}
