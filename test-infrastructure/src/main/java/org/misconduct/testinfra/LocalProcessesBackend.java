package org.misconduct.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.misconduct.local.LocalKafkaBroker;
import org.misconduct.local.LocalKeycloak;
import org.misconduct.local.LocalPostgres;
import org.misconduct.local.ProjectRoot;

/** Infrastructure as plain processes on this machine (no Docker): see the local-runtime module. */
final class LocalProcessesBackend implements InfrastructureBackend {

    @Override
    public PostgresServer startPostgres() {
        LocalPostgres postgres = LocalPostgres.startOrConnect();
        TestInfrastructure.onShutdown(postgres::stop);
        return new PostgresServer(postgres.host(), postgres.port(), postgres.username(), postgres.password());
    }

    @Override
    public KafkaBroker startKafka() {
        try {
            Path dataDirectory = Files.createTempDirectory("misconduct-test-kafka-");
            LocalKafkaBroker broker = new LocalKafkaBroker(freePort(), freePort(), dataDirectory);
            TestInfrastructure.onShutdown(() -> {
                broker.stop();
                deleteRecursively(dataDirectory);
            });
            broker.start();
            return new KafkaBroker() {
                @Override
                public String bootstrapServers() {
                    return broker.bootstrapServers();
                }

                @Override
                public void stop() {
                    broker.stop();
                }

                @Override
                public void start() {
                    broker.start();
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public IdentityProvider startIdentityProvider() {
        // A free port rather than 8180, so tests can run while the developer's system is up.
        LocalKeycloak keycloak = new LocalKeycloak(freePort(), LocalKeycloak.defaultInstallDirectory(),
                ProjectRoot.localDirectory().resolve("logs/test-keycloak.log"));
        TestInfrastructure.onShutdown(keycloak::stop);
        keycloak.start();
        return new IdentityProvider() {
            @Override
            public String issuerUri() {
                return keycloak.issuerUri();
            }

            @Override
            public String accessToken(String username, String password) {
                return keycloak.accessToken(username, password);
            }
        };
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory left behind is harmless.
        }
    }
}
