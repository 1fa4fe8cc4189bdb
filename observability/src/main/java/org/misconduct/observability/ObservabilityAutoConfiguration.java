package org.misconduct.observability;

import io.opentelemetry.api.OpenTelemetry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.tracing.SpanFactory;
import org.axonframework.tracing.opentelemetry.OpenTelemetrySpanFactory;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.actuate.metrics.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The management port's own security, and the wiring that lets a trace and the domain meters follow Axon's messages.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration",
        beforeName = "org.axonframework.springboot.autoconfig.OpenTelemetryAutoConfiguration")
public class ObservabilityAutoConfiguration {

    /**
     * Requests to the management port (a port of its own, see {@link OperationsDefaults}) answer health, info and
     * the Prometheus scrape to anyone who reaches that port, which only the management network does; every other
     * management request is refused. Requests to the service port never match here.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementPort(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class,
                                PrometheusScrapeEndpoint.class)).permitAll()
                        .anyRequest().denyAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * A request keeps its own span and timer (the MVC observation); Spring Security's observations of every filter in
     * the chain, of the authentication and of the authorization are left out. They took about an eighth of a
     * request's CPU on the hot path of intake (docs/performance.md) and say nothing the request's span does not.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({OpenTelemetrySpanFactory.class, OpenTelemetry.class})
    static class AxonTracing {

        /** Axon's spans through the same OpenTelemetry SDK as the HTTP and Kafka spans, so they share one trace. */
        @Bean
        SpanFactory axonSpanFactory(OpenTelemetry openTelemetry) {
            return OpenTelemetrySpanFactory.builder()
                    .tracer(openTelemetry.getTracer("org.axonframework"))
                    .contextPropagators(openTelemetry.getPropagators().getTextMapPropagator())
                    .build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ConfigurerModule.class)
    static class AxonDomainMetrics {

        /** Meters count a fact where it happens, in the transaction that records it, once per instance. */
        @Bean
        ConfigurerModule domainMetricsProcessor() {
            return configurer -> configurer.eventProcessing()
                    .registerSubscribingEventProcessor(DomainMetrics.PROCESSING_GROUP);
        }
    }
}
