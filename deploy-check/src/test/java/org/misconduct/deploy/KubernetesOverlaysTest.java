package org.misconduct.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.misconduct.contracts.Topics;

/** Every kustomize overlay renders (kubectl kustomize), parses strictly, and keeps the rules of a safe deployment. */
class KubernetesOverlaysTest {

    private static final List<String> PUBLISHED_TOPICS = List.of(Topics.INTAKE, Topics.INVESTIGATION, Topics.VICTIM_ASSISTANCE);
    private static final List<String> SERVICES = List.of("intake-service", "investigation-service",
            "victim-assistance-service", "reporting-service");

    static Stream<String> overlays() throws Exception {
        try (Stream<Path> directories = Files.list(Deployment.file("k8s/overlays"))) {
            return directories.map(path -> path.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void rendersAndEveryResourceParsesStrictly(String overlay) {
        StrictManifests manifests = new StrictManifests();
        List<JsonNode> resources = render(overlay);

        assertThat(resources).as(overlay).hasSizeGreaterThan(30);
        resources.forEach(manifests::parse);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void secretsAreOnlyReferencedNeverShipped(String overlay) {
        assertThat(render(overlay)).as(overlay).noneMatch(resource -> resource.path("kind").asText().equals("Secret"));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void servicesRunNonRootOnAReadOnlyFilesystemProbedOnTheManagementPortAndKeptAvailable(String overlay) {
        List<JsonNode> resources = render(overlay);
        for (String service : SERVICES) {
            JsonNode pod = resource(resources, "Deployment", service).path("spec").path("template").path("spec");
            JsonNode container = pod.path("containers").get(0);
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(service + " non-root").isTrue();
            assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).as(service + " read-only").isTrue();
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(container.path(probe).at("/httpGet/port").asText()).as(service + " " + probe).isEqualTo("management");
            }
            assertThat(container.at("/resources/limits/memory").asText()).as(service + " memory limit").isNotEmpty();
            assertThat(resource(resources, "PodDisruptionBudget", service).isMissingNode()).as(service + " PDB").isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theIngressesNeverExposeManagementOrProbes(String overlay) {
        List<String> paths = new ArrayList<>();
        render(overlay).stream().filter(resource -> resource.path("kind").asText().equals("Ingress"))
                .forEach(ingress -> ingress.findValues("path").forEach(path -> paths.add(path.asText())));

        assertThat(paths).isNotEmpty().noneMatch(path -> path.startsWith("/actuator") || path.equals("/livez")
                || path.equals("/readyz") || path.startsWith("/v3") || path.startsWith("/swagger-ui"));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyTopicAndDeadLetterTopicIsDeclaredAndEachServiceWritesOnlyItsOwnTopic(String overlay) {
        List<JsonNode> resources = render(overlay);
        List<String> topics = resources.stream().filter(resource -> resource.path("kind").asText().equals("KafkaTopic"))
                .map(topic -> topic.at("/spec/topicName").asText()).toList();
        assertThat(topics).containsAll(PUBLISHED_TOPICS).contains("misconduct.integrity.v1")
                .contains(Topics.INTAKE + ".investigation-service.dlt", Topics.INVESTIGATION + ".intake-service.dlt");
        assertThat(resources.stream().filter(resource -> resource.path("kind").asText().equals("KafkaTopic"))
                .filter(topic -> topic.at("/spec/topicName").asText().endsWith(".dlt")))
                .as("dead letters wait until someone handles them").isNotEmpty()
                .allSatisfy(topic -> assertThat(topic.at("/spec/config/retention.ms").asText()).isEqualTo("-1"));

        Map<String, String> ownTopics = Map.of("intake-service", Topics.INTAKE, "investigation-service", Topics.INVESTIGATION,
                "victim-assistance-service", Topics.VICTIM_ASSISTANCE);
        for (String service : SERVICES) {
            JsonNode acls = resource(resources, "KafkaUser", service).at("/spec/authorization/acls");
            for (JsonNode acl : acls) {
                String topic = acl.at("/resource/name").asText();
                boolean writes = acl.path("operations").toString().contains("Write");
                if (writes && PUBLISHED_TOPICS.contains(topic)) {
                    assertThat(topic).as(service + " writes").isEqualTo(ownTopics.get(service));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void postgresRunsThePinnedMajorVersionWithAnOwnerAndAServiceRolePerDatabase(String overlay) {
        List<JsonNode> resources = render(overlay);
        JsonNode cluster = resource(resources, "Cluster", "misconduct-db");
        assertThat(cluster.at("/spec/imageName").asText()).endsWith(":" + System.getProperty("postgresql.major"));
        List<String> roles = cluster.at("/spec/managed/roles").findValuesAsText("name");
        for (String database : List.of("intake", "investigation", "victim_assistance", "reporting")) {
            assertThat(roles).contains(database + "_owner", database + "_service");
        }
    }

    static List<JsonNode> render(String overlay) {
        Deployment.Result result = Deployment.run(Deployment.file("k8s/overlays/" + overlay), Map.of(), "kubectl", "kustomize", ".");
        assertThat(result.exitCode()).as("kubectl kustomize " + overlay + ": " + result.errors()).isZero();
        return Deployment.documents(result.output());
    }

    private static JsonNode resource(List<JsonNode> resources, String kind, String name) {
        return resources.stream()
                .filter(resource -> resource.path("kind").asText().equals(kind) && resource.at("/metadata/name").asText().equals(name))
                .findFirst().map(JsonNode.class::cast).orElseThrow(() -> new AssertionError("No " + kind + " " + name));
    }
}
