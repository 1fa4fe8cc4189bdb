package org.misconduct.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Runs with {@code misconduct.test.infrastructure=local} (see the pom): the Docker-free path must work. */
class LocalInfrastructureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void runsAsLocalProcesses() {
        assertThat(TestInfrastructure.mode()).isEqualTo(TestInfrastructure.Mode.LOCAL);
    }

    @Test
    void databaseIsCreatedOnceAndReachable() throws Exception {
        PostgresDatabase database = TestInfrastructure.postgres("testinfra_check");
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE marker (id int)");
            statement.execute("INSERT INTO marker VALUES (1)");
        }

        PostgresDatabase askedAgain = TestInfrastructure.postgres("testinfra_check");

        try (Connection connection = DriverManager.getConnection(askedAgain.jdbcUrl(), askedAgain.username(), askedAgain.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_database(), count(*) FROM marker")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("testinfra_check" + System.getenv().getOrDefault(TestInfrastructure.DATABASE_SUFFIX, ""));
            assertThat(rows.getInt(2)).as("not recreated on the second request").isEqualTo(1);
        }
    }

    @Test
    void kafkaDeliversRecordsBeforeAndAfterAnOutage() {
        KafkaBroker broker = TestInfrastructure.kafka();
        String topic = "testinfra.check." + UUID.randomUUID();
        TopicRecords.declare(topic);
        try (KafkaProducer<String, String> producer = producer(broker);
             KafkaConsumer<String, String> consumer = consumer(broker)) {
            consumer.subscribe(List.of(topic));

            producer.send(new ProducerRecord<>(topic, "ALG-2026-000001", "before outage"));
            producer.flush();
            assertThat(receive(consumer, 1)).containsExactly("before outage");

            broker.stop();
            broker.start();

            producer.send(new ProducerRecord<>(topic, "ALG-2026-000001", "after outage"));
            producer.flush();
            assertThat(receive(consumer, 1)).containsExactly("after outage");
        }
    }

    @Test
    void kafkaCreatesNoTopicThatIsOnlyNamed() throws Exception {
        String topic = "testinfra.undeclared." + UUID.randomUUID();
        try (KafkaConsumer<String, String> consumer = consumer(TestInfrastructure.kafka());
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers()))) {
            consumer.subscribe(List.of(topic));
            consumer.poll(Duration.ofSeconds(2));

            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).doesNotContain(topic);
        }
    }

    @Test
    void keycloakIssuesTokensWithRolesAndMemberState() throws Exception {
        IdentityProvider keycloak = TestInfrastructure.keycloak();

        JsonNode nio = claims(keycloak.accessToken("investigator.nio", "investigator.nio"));
        JsonNode intake = claims(keycloak.accessToken("intake.officer", "intake.officer"));

        assertThat(nio.path("iss").asText()).isEqualTo(keycloak.issuerUri());
        assertThat(nio.path("member_state").asText()).isEqualTo("XAA");
        assertThat(roles(nio)).contains("national-investigator").doesNotContain("investigator");
        assertThat(roles(intake)).contains("intake-officer");
        assertThat(intake.has("member_state")).isFalse();
        assertThat(nio.path("aud").toString()).as("the services' audience").contains("\"misconduct-api\"");
    }

    @Test
    void keycloakIssuesForeignAndShortLivedTokensForTheValidationTests() throws Exception {
        IdentityProvider keycloak = TestInfrastructure.keycloak();

        JsonNode foreign = claims(keycloak.foreignIssuerToken());
        JsonNode shortLived = claims(keycloak.shortLivedToken("auditor"));

        assertThat(foreign.path("iss").asText()).isNotEqualTo(keycloak.issuerUri()).endsWith("/realms/foreign");
        assertThat(roles(foreign)).contains("admin", "investigator");
        assertThat(foreign.path("aud").toString()).contains("misconduct-api");
        assertThat(shortLived.path("iss").asText()).isEqualTo(keycloak.issuerUri());
        assertThat(shortLived.path("exp").asLong() - shortLived.path("iat").asLong()).isEqualTo(1);
        assertThat(claims(keycloak.foreignIssuerToken()).path("iss")).as("the realm is made once").isEqualTo(foreign.path("iss"));
    }

    private static KafkaProducer<String, String> producer(KafkaBroker broker) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(KafkaBroker broker) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "testinfra-check",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
    }

    private static List<String> receive(KafkaConsumer<String, String> consumer, int count) {
        List<String> values = new ArrayList<>();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (values.size() < count && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                values.add(record.value());
            }
        }
        consumer.commitSync();
        return values;
    }

    private static JsonNode claims(String accessToken) throws Exception {
        String payload = accessToken.split("\\.")[1];
        return JSON.readTree(Base64.getUrlDecoder().decode(payload));
    }

    private static List<String> roles(JsonNode claims) {
        List<String> roles = new ArrayList<>();
        claims.path("realm_access").path("roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }
}
