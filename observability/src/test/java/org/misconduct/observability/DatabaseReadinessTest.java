package org.misconduct.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.misconduct.testinfra.PostgresDatabase;
import org.misconduct.testinfra.TestInfrastructure;
import org.springframework.boot.actuate.autoconfigure.jdbc.DataSourceHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DatabaseReadinessTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
            DataSourceAutoConfiguration.class, DataSourceHealthContributorAutoConfiguration.class,
            DatabaseReadinessAutoConfiguration.class));

    @Test
    void anInstanceWhoseEveryConnectionIsTakenIsStillReadyWhileItsDatabaseAnswers() {
        PostgresDatabase database = TestInfrastructure.postgres("observability_readiness");
        service.withPropertyValues("spring.datasource.url=" + database.jdbcUrl(),
                        "spring.datasource.username=" + database.username(), "spring.datasource.password=" + database.password(),
                        "spring.datasource.hikari.maximum-pool-size=1", "spring.datasource.hikari.connection-timeout=250")
                .run(context -> {
                    try (Connection taken = context.getBean(DataSource.class).getConnection()) {
                        assertThat(readiness(context.getBean(HealthIndicator.class))).isEqualTo(Status.UP);
                    }
                });
    }

    @Test
    void anInstanceThatCannotReachItsDatabaseIsNotReady() {
        service.withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/unreachable",
                        "spring.datasource.username=nobody")
                .run(context -> assertThat(readiness(context.getBean(HealthIndicator.class)))
                        .isEqualTo(Status.DOWN));
    }

    @Test
    void theCheckTakesThePlaceOfSpringBootsOwn() {
        service.withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/unreachable")
                .run(context -> assertThat(context).getBeans(HealthIndicator.class).hasSize(1)
                        .allSatisfy((name, indicator) -> assertThat(indicator).isInstanceOf(DatabaseReadiness.class)));
    }

    private static Status readiness(HealthIndicator indicator) {
        return indicator.health().getStatus();
    }
}
