package org.misconduct.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Topics;

/** The compose file is valid for Debian's docker-compose, and starts nothing before what it needs is healthy. */
class ComposeFileTest {

    private static final Path COMPOSE = Deployment.file("compose");
    private static final List<String> ONE_SHOT = List.of("kafka-topics", "keycloak-realm", "minio-buckets");

    @Test
    void dockerComposeAcceptsTheFileWithTheSecretsOfTheExampleEnvironment() throws Exception {
        Path environment = exampleEnvironmentWithEveryValueSet();

        Deployment.Result result = Deployment.run(COMPOSE, Map.of(), "docker-compose", "--env-file", environment.toString(),
                "-f", "compose.yaml", "config", "-q");

        assertThat(result.exitCode()).as(result.errors()).isZero();
    }

    @Test
    void dockerComposeRefusesToStartWithoutTheSecrets() throws Exception {
        Path noSecrets = Files.createTempFile("compose", ".env");

        Deployment.Result result = Deployment.run(COMPOSE, Map.of(), "docker-compose", "--env-file", noSecrets.toString(),
                "-f", "compose.yaml", "config", "-q");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.errors()).contains("POSTGRES_PASSWORD");
    }

    @Test
    void everyLongRunningContainerHasAHealthcheckAndEveryDependencyWaitsForHealthOrCompletion() {
        JsonNode services = Deployment.yaml(COMPOSE.resolve("compose.yaml")).path("services");
        for (Iterator<Map.Entry<String, JsonNode>> it = services.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> service = it.next();
            if (!ONE_SHOT.contains(service.getKey())) {
                assertThat(service.getValue().has("healthcheck")).as(service.getKey() + " healthcheck").isTrue();
            }
            service.getValue().path("depends_on").fields().forEachRemaining(dependency ->
                    assertThat(dependency.getValue().path("condition").asText()).as(service.getKey() + " → " + dependency.getKey())
                            .isIn("service_healthy", "service_completed_successfully"));
        }
    }

    @Test
    void theTopicScriptDeclaresEveryPublishedTopicAndTheIntegrityTopic() throws Exception {
        String script = Files.readString(COMPOSE.resolve("kafka/create-topics.sh"), StandardCharsets.UTF_8);

        assertThat(script).contains(Topics.INTAKE, Topics.INVESTIGATION, Topics.VICTIM_ASSISTANCE, "misconduct.integrity.v1",
                Topics.INTAKE + ".reporting-service.dlt");
    }

    @Test
    void postgresIsThePinnedMajorVersion() {
        JsonNode postgres = Deployment.yaml(COMPOSE.resolve("compose.yaml")).at("/services/postgres/image");

        assertThat(postgres.asText()).isEqualTo("postgres:" + System.getProperty("postgresql.major"));
    }

    private static Path exampleEnvironmentWithEveryValueSet() throws Exception {
        List<String> lines = Files.readAllLines(COMPOSE.resolve(".env.example"), StandardCharsets.UTF_8);
        String filled = lines.stream().map(line -> line.endsWith("=") ? line + "set-by-the-test" : line)
                .collect(Collectors.joining("\n"));
        Path environment = Files.createTempFile("compose", ".env");
        Files.writeString(environment, filled, StandardCharsets.UTF_8);
        return environment;
    }
}
