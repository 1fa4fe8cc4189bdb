package org.misconduct.web.outage;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Connection pool settings that let a service ride out a database outage, as the lowest-ranked defaults
 * of every service (any configuration overrides them). A request waits at most the connection timeout
 * for a connection before it is answered 503, instead of Hikari's 30 seconds; a connection that cannot
 * be opened or validated fails within seconds, so the pool notices the database's return at once.
 */
public class DatabasePoolDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.of(
            "spring.datasource.hikari.connection-timeout", "3000",
            "spring.datasource.hikari.validation-timeout", "1000",
            "spring.datasource.hikari.data-source-properties.connectTimeout", "3",
            "spring.datasource.hikari.data-source-properties.loginTimeout", "3");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("database-outage-defaults", DEFAULTS));
    }
}
