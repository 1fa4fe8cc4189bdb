package org.misconduct.observability;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.autoconfigure.jdbc.DataSourceHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.jdbc.DataSourceHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;

/**
 * The readiness check of the database on a connection of its own, outside the pool the service's work draws from.
 * Checked through that pool, an instance whose every connection is taken (overloaded, its database still there) waits
 * out the pool like any request and is reported not ready; its balancer would then send its load to the other
 * instances, which would fail alike, and an overload would become an outage of every instance. This way only a
 * database the instance cannot reach takes it out of the balancer.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class, before = DataSourceHealthContributorAutoConfiguration.class)
@ConditionalOnClass({HikariDataSource.class, DataSourceHealthIndicator.class})
@ConditionalOnBean(DataSourceProperties.class)
@ConditionalOnEnabledHealthIndicator("db")
public class DatabaseReadinessAutoConfiguration {

    /** Named as Spring Boot's own check, which then steps aside; reported as {@code db}. */
    @Bean(name = "dbHealthIndicator")
    DatabaseReadiness dbHealthIndicator(DataSourceProperties dataSource) {
        return new DatabaseReadiness(dataSource);
    }
}
