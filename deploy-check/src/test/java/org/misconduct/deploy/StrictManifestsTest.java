package org.misconduct.deploy;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The strict parse refuses what an API server would silently drop. */
class StrictManifestsTest {

    private final StrictManifests manifests = new StrictManifests();

    @Test
    void aClusterAsTheOperatorDocumentsItParses() {
        assertThatCode(() -> manifests.parse(yaml("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: db}
                spec: {instances: 3, storage: {size: 1Gi}, managed: {roles: [{name: owner, ensure: present, login: true}]}}
                """))).doesNotThrowAnyException();
    }

    @Test
    void aMisspeltClusterFieldFails() {
        assertThatThrownBy(() -> manifests.parse(yaml("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: db}
                spec: {instance: 3}
                """))).isInstanceOf(AssertionError.class).hasMessageContaining("instance");
    }

    @Test
    void aValueOutsideItsSetFails() {
        assertThatThrownBy(() -> manifests.parse(yaml("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: db}
                spec: {managed: {roles: [{name: owner, ensure: maybe}]}}
                """))).isInstanceOf(AssertionError.class);
    }

    @Test
    void aMisplacedDeploymentFieldFails() {
        assertThatThrownBy(() -> manifests.parse(yaml("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: intake, label: {app: intake}}
                spec: {replicas: 2}
                """))).isInstanceOf(AssertionError.class).hasMessageContaining("label");
    }

    @Test
    void aKindWithoutAModelFails() {
        assertThatThrownBy(() -> manifests.parse(yaml("""
                apiVersion: example.org/v1
                kind: Unknown
                metadata: {name: x}
                """))).isInstanceOf(AssertionError.class).hasMessageContaining("no model");
    }

    private static com.fasterxml.jackson.databind.JsonNode yaml(String text) throws Exception {
        return Deployment.YAML.readTree(text);
    }
}
