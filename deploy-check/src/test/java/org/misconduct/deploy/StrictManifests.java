package org.misconduct.deploy;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
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
 * Parses rendered manifests strictly: Kubernetes and Strimzi resources into their Java models, CloudNativePG resources
 * into the model of the part of its API these manifests use, with every unknown field an error (the models' catch-all
 * maps are switched off). A misspelt or misplaced field fails here rather than being dropped by the API server.
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
            "kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class,
            "postgresql.cnpg.io/v1/Cluster", CloudNativePgModel.Cluster.class,
            "postgresql.cnpg.io/v1/Database", CloudNativePgModel.Database.class,
            "postgresql.cnpg.io/v1/ScheduledBackup", CloudNativePgModel.ScheduledBackup.class,
            "apps/v1/StatefulSet", io.fabric8.kubernetes.api.model.apps.StatefulSet.class);

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                    return Boolean.FALSE;
                }
            });

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
        } else {
            throw new AssertionError(name + ": no model to check this kind against; add one");
        }
    }
}
