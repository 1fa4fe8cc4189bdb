package org.misconduct.web;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings every service shares, as its lowest-ranked defaults (any configuration overrides them).
 * <ul>
 * <li>Connection pool settings that let a service ride out a database outage: a request waits at most the
 * connection timeout for a connection before it is answered 503, instead of Hikari's 30 seconds; a connection
 * that cannot be opened or validated fails within seconds, so the pool notices the database's return at once.</li>
 * <li>No form parsing of PUT, PATCH and DELETE bodies: no operation takes one, and the filter that would parse
 * them runs outside Spring MVC, where an undecodable body became a 500.</li>
 * </ul>
 */
public class SharedDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.of(
            "spring.datasource.hikari.connection-timeout", "3000",
            "spring.datasource.hikari.validation-timeout", "1000",
            "spring.datasource.hikari.data-source-properties.connectTimeout", "3",
            "spring.datasource.hikari.data-source-properties.loginTimeout", "3",
            "spring.mvc.formcontent.filter.enabled", "false");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("misconduct-shared-defaults", DEFAULTS));
    }
}
