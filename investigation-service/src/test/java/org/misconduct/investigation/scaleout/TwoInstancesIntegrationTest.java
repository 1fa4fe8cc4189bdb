package org.misconduct.investigation.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.investigation.InvestigationApplication;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.PostgresDatabase;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TestCaseReferences;
import org.misconduct.testinfra.TestInfrastructure;
import org.misconduct.testinfra.TopicRecords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * Two instances of investigation-service on one database and one intake topic share the work: each consumes part of
 * the topic and holds part of every processor's segments, every referral opens exactly one case, and the segments of
 * an instance that stops are taken over by the other.
 */
class TwoInstancesIntegrationTest {

    private static final int SEGMENTS = 4;
    /** Generous: this runs in CI on a loaded two-core machine. */
    private static final Duration WORK_DONE = Duration.ofMinutes(3);
    private static final Duration HAND_OVER = Duration.ofSeconds(30);

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stopInstances() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void twoInstancesShareTheWorkOpenEveryCaseOnceAndHandOverWhenOneStops() throws Exception {
        topicWithPartitions(Topics.INTAKE, SEGMENTS);
        Map<String, Object> settings = settings();
        ConfigurableApplicationContext first = start(settings, "first");
        ConfigurableApplicationContext second = start(settings, "second");
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(String.valueOf(settings.get("spring.datasource.url")),
                String.valueOf(settings.get("spring.datasource.username")), String.valueOf(settings.get("spring.datasource.password"))));
        CloudEventCodec codec = first.getBean(CloudEventCodec.class);

        List<String> cases = refer(codec, 40);

        awaitOpenedOnce(jdbc, cases);
        await("both instances consume part of the topic").atMost(WORK_DONE)
                .until(() -> assignedPartitions(first) > 0 && assignedPartitions(second) > 0);
        await("both instances hold segments of every processor").atMost(WORK_DONE)
                .until(() -> holdsSomeOfEverySegmentedProcessor(first) && holdsSomeOfEverySegmentedProcessor(second));

        first.close();
        await("the stopped instance's segments taken over").atMost(HAND_OVER)
                .until(() -> holdsAllSegments(second));

        List<String> afterHandOver = refer(codec, 10);
        awaitOpenedOnce(jdbc, afterHandOver);
        awaitOpenedOnce(jdbc, cases);
    }

    private ConfigurableApplicationContext start(Map<String, Object> settings, String instance) {
        String[] arguments = settings.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(InvestigationApplication.class, TokenOwner.class)
                .properties(Map.of(TokenOwner.INSTANCE, instance)).run(arguments);
        instances.add(context);
        return context;
    }

    /** Passed as arguments, which take precedence over the service's own configuration. */
    private static Map<String, Object> settings() {
        PostgresDatabase database = TestInfrastructure.postgres("investigation_two_instances_it");
        Map<String, Object> settings = new HashMap<>();
        settings.put("spring.datasource.url", database.jdbcUrl());
        settings.put("spring.datasource.username", database.username());
        settings.put("spring.datasource.password", database.password());
        settings.put("spring.kafka.bootstrap-servers", TestInfrastructure.kafka().bootstrapServers());
        // A group of these two instances alone: another test's context in this JVM may still consume the topic.
        settings.put("spring.kafka.consumer.group-id", "investigation-two-instances-" + UUID.randomUUID());
        settings.put("misconduct.personal-data.key-encryption-key", ServiceTestProperties.newPersonalDataKey());
        settings.put("misconduct.screening.blind-index.key", ServiceTestProperties.newScreeningBlindIndexKey());
        settings.put("misconduct.scale-out.segments", SEGMENTS);
        settings.put("misconduct.scale-out.token-claim-interval", "PT1S");
        settings.put("server.port", 0);
        return settings;
    }

    private static List<String> refer(CloudEventCodec codec, int count) {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String caseReference = TestCaseReferences.next();
            Instant receivedAt = Instant.now();
            AllegationReferred referred = new AllegationReferred(caseReference, "MINUSCA", "SA", "TRANSACTIONAL_SEX",
                    "MC", "XAA", "XAA-BATT-1", 1, false, "NORMAL", "OIOS", receivedAt, receivedAt);
            byte[] event = codec.encode(referred, UUID.randomUUID().toString(), URI.create("/intake-service"), Instant.now());
            TopicRecords.send(Topics.INTAKE, caseReference, event);
            if (i % 2 == 0) {
                TopicRecords.send(Topics.INTAKE, caseReference, event);
            }
            cases.add(caseReference);
        }
        return cases;
    }

    /** Every case in the queue, and opened by exactly one event, although half of the referrals came twice. */
    private static void awaitOpenedOnce(JdbcTemplate jdbc, List<String> cases) {
        String[] references = cases.toArray(String[]::new);
        await("every case queued").atMost(WORK_DONE).pollInterval(Duration.ofMillis(500)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM case_view WHERE case_reference = ANY (?)", Long.class, (Object) references) == cases.size());
        Map<String, Long> openings = new HashMap<>();
        jdbc.query("""
                SELECT aggregateidentifier, count(*) FROM domainevententry
                WHERE aggregateidentifier = ANY (?) AND payloadtype LIKE '%CaseOpened' GROUP BY aggregateidentifier""",
                row -> {
                    openings.put(row.getString(1), row.getLong(2));
                }, (Object) references);
        assertThat(openings).hasSize(cases.size()).allSatisfy((reference, count) -> assertThat(count).as(reference).isOne());
    }

    private static int assignedPartitions(ConfigurableApplicationContext instance) {
        return instance.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers().stream()
                .mapToInt(container -> container.getAssignedPartitions() == null ? 0 : container.getAssignedPartitions().size())
                .sum();
    }

    private static boolean holdsSomeOfEverySegmentedProcessor(ConfigurableApplicationContext instance) {
        return streamingProcessors(instance).stream().allMatch(processor -> !processor.processingStatus().isEmpty());
    }

    private static boolean holdsAllSegments(ConfigurableApplicationContext instance) {
        return streamingProcessors(instance).stream().allMatch(processor -> processor.processingStatus().size() == SEGMENTS);
    }

    private static List<StreamingEventProcessor> streamingProcessors(ConfigurableApplicationContext instance) {
        List<StreamingEventProcessor> processors = instance.getBean(EventProcessingConfiguration.class).eventProcessors().values()
                .stream().filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
        assertThat(processors).as("streaming processors").isNotEmpty();
        return processors;
    }

    /**
     * Deployed instances run in processes of their own, whose names (pid@host) tell their claims apart; these two
     * share one process, so each claims under a name of its own. Registered explicitly, never found by scanning.
     */
    static class TokenOwner {

        static final String INSTANCE = "test.instance";

        @Bean
        TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, TokenStoreProperties properties,
                              @Value("${" + INSTANCE + "}") String instance) {
            return JdbcTokenStore.builder().connectionProvider(connections).schema(TokenSchema.builder().build()).serializer(serializer)
                    .claimTimeout(properties.getClaimTimeout()).nodeId(instance).build();
        }
    }

    /** The topic may exist already, created by an earlier test with fewer partitions: it gets more, never fewer. */
    private static void topicWithPartitions(String topic, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers()))) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
                return;
            }
            int existing = admin.describeTopics(Set.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions().size();
            if (existing < partitions) {
                admin.createPartitions(Map.of(topic, NewPartitions.increaseTo(partitions))).all().get(30, TimeUnit.SECONDS);
            }
        }
    }
}
