package org.misconduct.testinfra;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a Spring Boot test at the shared test infrastructure:
 * <pre>
 * &#64;DynamicPropertySource
 * static void infrastructure(DynamicPropertyRegistry registry) {
 *     ServiceTestProperties.register(registry, "intake");
 * }
 * </pre>
 * Values are resolved lazily, so nothing starts until Spring reads them.
 */
public final class ServiceTestProperties {

    private ServiceTestProperties() {
    }

    /**
     * The datasource for the named database and the Kafka bootstrap servers. The service connects as the database's
     * service role and migrates as its owner, as deployed; tests that tamper with the store use the administrator.
     */
    public static void register(DynamicPropertyRegistry registry, String databaseName) {
        registry.add("spring.datasource.url", () -> TestInfrastructure.postgres(databaseName).jdbcUrl());
        registry.add("spring.datasource.username", () -> TestInfrastructure.postgres(databaseName).serviceRole());
        registry.add("spring.datasource.password", () -> TestInfrastructure.postgres(databaseName).password());
        registry.add("spring.flyway.user", () -> TestInfrastructure.postgres(databaseName).ownerRole());
        registry.add("spring.flyway.password", () -> TestInfrastructure.postgres(databaseName).password());
        registry.add("spring.kafka.bootstrap-servers", () -> TestInfrastructure.kafka().bootstrapServers());
    }

    /** A fresh key-encryption key for the personal-data vault, as a deployment takes from its secret store. */
    public static void registerPersonalDataKey(DynamicPropertyRegistry registry) {
        String key = newPersonalDataKey();
        registry.add("misconduct.personal-data.key-encryption-key", () -> key);
    }

    /** Base64 of 32 random bytes: a key-encryption key for the personal-data vault. */
    public static String newPersonalDataKey() {
        return randomKey();
    }

    /** A fresh server key for intake's follow-up code hashes, as a deployment takes from its secret store. */
    public static void registerFollowUpCodeKey(DynamicPropertyRegistry registry) {
        String key = newFollowUpCodeKey();
        registry.add("misconduct.follow-up-codes.key", () -> key);
    }

    /** Base64 of 32 random bytes: a server key for intake's follow-up code hashes. */
    public static String newFollowUpCodeKey() {
        return randomKey();
    }

    /** A fresh server key for the order of reporting's public rows, as a deployment takes from its secret store. */
    public static void registerDisclosureOrderKey(DynamicPropertyRegistry registry) {
        String key = newDisclosureOrderKey();
        registry.add("misconduct.disclosure.order-key", () -> key);
    }

    /** Base64 of 32 random bytes: the key that orders reporting's public rows. */
    public static String newDisclosureOrderKey() {
        return randomKey();
    }

    /** A fresh key for investigation's screening blind indexes, as a deployment takes from its secret store. */
    public static void registerScreeningBlindIndexKey(DynamicPropertyRegistry registry) {
        String key = newScreeningBlindIndexKey();
        registry.add("misconduct.screening.blind-index.key", () -> key);
    }

    /** Base64 of 32 random bytes: the key of investigation's screening blind indexes. */
    public static String newScreeningBlindIndexKey() {
        return randomKey();
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** The JWT issuer, for tests that use real Keycloak tokens. */
    public static void registerIdentityProvider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestInfrastructure.keycloak().issuerUri());
    }
}
