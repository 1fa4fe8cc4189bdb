package org.misconduct.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.springframework.boot.DefaultPropertiesPropertySource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The operational defaults every service shares, at the lowest precedence: the management port is the service
 * port + 1000, so metrics never share the port the public reaches; profile {@code json-logs} writes the console
 * log as JSON (as {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} does).
 */
public class OperationsDefaults implements EnvironmentPostProcessor, Ordered {

    static final int MANAGEMENT_PORT_OFFSET = 1000;
    static final String JSON_LOGS_PROFILE = "json-logs";

    private static final String DEFAULTS = "org/misconduct/observability/operations-defaults.properties";
    private static final int SPRING_BOOT_DEFAULT_PORT = 8080;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>(load());
        int serverPort = environment.getProperty("server.port", Integer.class, SPRING_BOOT_DEFAULT_PORT);
        if (!environment.containsProperty("management.server.port")) {
            // Port 0 (a test's random port) gets a random management port of its own.
            defaults.put("management.server.port", serverPort == 0 ? 0 : serverPort + MANAGEMENT_PORT_OFFSET);
        }
        if (environment.acceptsProfiles(Profiles.of(JSON_LOGS_PROFILE))) {
            defaults.put("logging.structured.format.console", "ecs");
        }
        DefaultPropertiesPropertySource.addOrMerge(defaults, environment.getPropertySources());
        refuseSharedPort(environment, serverPort);
    }

    private static void refuseSharedPort(ConfigurableEnvironment environment, int serverPort) {
        Integer managementPort = environment.getProperty("management.server.port", Integer.class);
        if (managementPort != null && serverPort != 0 && managementPort == serverPort) {
            throw new IllegalStateException("management.server.port must differ from server.port (" + serverPort
                    + "): metrics and health details are for the management network only");
        }
    }

    private static Map<String, Object> load() {
        try {
            Properties properties = PropertiesLoaderUtils.loadProperties(new ClassPathResource(DEFAULTS));
            Map<String, Object> values = new HashMap<>();
            properties.forEach((key, value) -> values.put(key.toString(), value));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULTS, e);
        }
    }

    /** After the application's own configuration is loaded, so its server port is known. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
