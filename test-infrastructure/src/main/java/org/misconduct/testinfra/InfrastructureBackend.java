package org.misconduct.testinfra;

/** Starts each piece of infrastructure; what it starts is stopped through {@link TestInfrastructure#onShutdown}. */
interface InfrastructureBackend {

    PostgresServer startPostgres();

    KafkaBroker startKafka();

    IdentityProvider startIdentityProvider();
}
