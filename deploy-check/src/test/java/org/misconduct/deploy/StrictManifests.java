package org.misconduct.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * Parses rendered manifests strictly: Kubernetes and Strimzi resources into their Java models with every unknown field
 * an error (the models' catch-all maps are switched off), CloudNativePG resources against the operator's published
 * CRD schemas with unknown fields forbidden. A misspelt or misplaced field fails here rather than being dropped by the
 * API server.
 */
final class StrictManifests {

    private static final Map<String, Class<?>> MODELS = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "batch/v1/Job", Job.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "kafka.strimzi.io/v1beta2/Kafka", Kafka.class,
            "kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class,
            "kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class);
    private static final Map<String, Class<?>> MORE_MODELS = Map.of(
            "kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class);
    private static final Set<String> CLOUDNATIVE_PG = Set.of("Cluster", "Database", "ScheduledBackup");

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                    return Boolean.FALSE;
                }
            });

    private final Map<String, JsonSchema> cloudNativePgSchemas = new HashMap<>();

    /** @throws AssertionError naming the resource and what is wrong with it */
    void parse(JsonNode resource) {
        String type = resource.path("apiVersion").asText() + "/" + resource.path("kind").asText();
        String name = type + " " + resource.path("metadata").path("name").asText();
        Class<?> model = MODELS.getOrDefault(type, MORE_MODELS.get(type));
        if (model != null) {
            try {
                STRICT.treeToValue(resource, model);
            } catch (IOException e) {
                throw new AssertionError(name + " does not fit its model: " + e.getMessage(), e);
            }
        } else if (type.startsWith("postgresql.cnpg.io/v1/") && CLOUDNATIVE_PG.contains(resource.path("kind").asText())) {
            Set<ValidationMessage> problems = schema(resource.path("kind").asText()).validate(resource);
            if (!problems.isEmpty()) {
                throw new AssertionError(name + " does not fit the CloudNativePG schema: " + problems);
            }
        } else {
            throw new AssertionError(name + ": no model to check this kind against; add one");
        }
    }

    private JsonSchema schema(String kind) {
        return cloudNativePgSchemas.computeIfAbsent(kind, StrictManifests::loadSchema);
    }

    private static JsonSchema loadSchema(String kind) {
        String resource = "crds/cloudnative-pg/postgresql.cnpg.io_" + kind.toLowerCase() + "s.yaml";
        try (InputStream in = StrictManifests.class.getClassLoader().getResourceAsStream(resource)) {
            JsonNode crd = org.misconduct.deploy.Deployment.YAML.readTree(in);
            ObjectNode schema = (ObjectNode) crd.path("spec").path("versions").get(0).path("schema").path("openAPIV3Schema");
            closeEveryObject(schema);
            ((ObjectNode) schema.path("properties")).putObject("status");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The API server prunes unknown fields silently; here they are errors. */
    private static void closeEveryObject(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")
                    && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                object.put("additionalProperties", false);
            }
            object.elements().forEachRemaining(StrictManifests::closeEveryObject);
        } else if (node != null && node.isArray()) {
            node.elements().forEachRemaining(StrictManifests::closeEveryObject);
        }
    }
}
