package org.misconduct.testinfra;

import java.time.Duration;
import org.misconduct.local.AccessTokens;
import org.misconduct.local.DevelopmentRealm;
import org.misconduct.local.LocalKeycloak;
import org.misconduct.local.LocalPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/** Infrastructure in Docker containers via Testcontainers. */
final class ContainersBackend implements InfrastructureBackend {

    private static final DockerImageName POSTGRES_IMAGE = DockerImageName.parse("postgres:" + LocalPostgres.MAJOR_VERSION + "-alpine");
    private static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:3.9.1");
    private static final DockerImageName KEYCLOAK_IMAGE = DockerImageName.parse("quay.io/keycloak/keycloak:" + LocalKeycloak.VERSION);
    private static final int KEYCLOAK_PORT = 8080;

    @Override
    public PostgresServer startPostgres() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(POSTGRES_IMAGE);
        TestInfrastructure.onShutdown(container::stop);
        container.start();
        return new PostgresServer(container.getHost(), container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
                container.getUsername(), container.getPassword());
    }

    @Override
    public KafkaBroker startKafka() {
        // As deployed: a topic exists only once declared, with its partitions; never by being named.
        KafkaContainer container = new KafkaContainer(KAFKA_IMAGE).withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        TestInfrastructure.onShutdown(container::stop);
        container.start();
        return new KafkaBroker() {
            @Override
            public String bootstrapServers() {
                return container.getBootstrapServers();
            }

            // Pausing keeps the mapped port, which a stopped and restarted container would not.
            @Override
            public void stop() {
                DockerClientFactory.instance().client().pauseContainerCmd(container.getContainerId()).exec();
            }

            @Override
            public void start() {
                DockerClientFactory.instance().client().unpauseContainerCmd(container.getContainerId()).exec();
            }
        };
    }

    @Override
    public IdentityProvider startIdentityProvider() {
        GenericContainer<?> container = new GenericContainer<>(KEYCLOAK_IMAGE)
                .withCommand("start-dev", "--import-realm")
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", LocalKeycloak.ADMIN_CONSOLE_USER)
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", LocalKeycloak.ADMIN_CONSOLE_PASSWORD)
                .withCopyToContainer(Transferable.of(DevelopmentRealm.json()), "/opt/keycloak/data/import/misconduct-realm.json")
                .withExposedPorts(KEYCLOAK_PORT)
                .waitingFor(Wait.forHttp("/realms/" + LocalKeycloak.REALM + "/.well-known/openid-configuration")
                        .forPort(KEYCLOAK_PORT)
                        .withStartupTimeout(Duration.ofMinutes(3)));
        TestInfrastructure.onShutdown(container::stop);
        container.start();
        String issuerUri = "http://" + container.getHost() + ":" + container.getMappedPort(KEYCLOAK_PORT)
                + "/realms/" + LocalKeycloak.REALM;
        return new IdentityProvider() {
            @Override
            public String issuerUri() {
                return issuerUri;
            }

            @Override
            public String accessToken(String username, String password) {
                return AccessTokens.passwordGrant(issuerUri, username, password);
            }
        };
    }
}
