package org.misconduct.deploy;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

/**
 * The part of CloudNativePG's API (postgresql.cnpg.io/v1) these manifests use, as the operator documents it. Parsed with
 * unknown fields refused, a field the model does not name fails the check: a misspelling, or a field that needs adding
 * here after reading the operator's API reference.
 */
final class CloudNativePgModel {

    private CloudNativePgModel() {
    }

    record Cluster(String apiVersion, String kind, ObjectMeta metadata, ClusterSpec spec) {
    }

    record ClusterSpec(Integer instances, String imageName, UpdateStrategy primaryUpdateStrategy, Boolean enableSuperuserAccess,
                       Storage storage, ResourceRequirements resources, PostgresConfiguration postgresql,
                       Bootstrap bootstrap, Managed managed, Backup backup) {
    }

    enum UpdateStrategy { @JsonProperty("unsupervised") UNSUPERVISED, @JsonProperty("supervised") SUPERVISED }

    record Storage(String size, String storageClass) {
    }

    record PostgresConfiguration(Map<String, String> parameters) {
    }

    record Bootstrap(InitDb initdb) {
    }

    record InitDb(String database, String owner, SecretReference secret) {
    }

    record Managed(List<Role> roles) {
    }

    record Role(String name, Ensure ensure, Boolean login, SecretReference passwordSecret, List<String> inRoles) {
    }

    enum Ensure { @JsonProperty("present") PRESENT, @JsonProperty("absent") ABSENT }

    record SecretReference(String name) {
    }

    record SecretKeyReference(String name, String key) {
    }

    record Backup(String retentionPolicy, ObjectStore barmanObjectStore) {
    }

    record ObjectStore(String destinationPath, S3Credentials s3Credentials, Compression wal, Compression data) {
    }

    record S3Credentials(SecretKeyReference accessKeyId, SecretKeyReference secretAccessKey) {
    }

    record Compression(String compression, String encryption) {
    }

    record Database(String apiVersion, String kind, ObjectMeta metadata, DatabaseSpec spec) {
    }

    record DatabaseSpec(String name, String owner, SecretReference cluster, ReclaimPolicy databaseReclaimPolicy) {
    }

    enum ReclaimPolicy { @JsonProperty("retain") RETAIN, @JsonProperty("delete") DELETE }

    record ScheduledBackup(String apiVersion, String kind, ObjectMeta metadata, ScheduledBackupSpec spec) {
    }

    record ScheduledBackupSpec(String schedule, OwnerReference backupOwnerReference, SecretReference cluster) {
    }

    enum OwnerReference { @JsonProperty("none") NONE, @JsonProperty("self") SELF, @JsonProperty("cluster") CLUSTER }
}
