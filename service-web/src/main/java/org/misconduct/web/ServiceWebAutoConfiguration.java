package org.misconduct.web;

import java.time.Clock;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.misconduct.web.abuse.AbuseProtection;
import org.misconduct.web.abuse.AbuseProtectionProperties;
import org.misconduct.web.abuse.PublicRequests;
import org.misconduct.web.abuse.TooManyRequestsPage;
import org.misconduct.web.outage.DatabaseOutageProblems;
import org.misconduct.web.outage.DatabaseOutageProperties;
import org.misconduct.web.outage.UnstorableInputProblems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * What every service's web API shares: error bodies, the resource server setup with its token checks, the rate limits of
 * public requests, the clock, the acting user of commands, the answer while the database is unreachable.
 */
@AutoConfiguration(before = {WebMvcAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@Import(ApiProblems.class)
@EnableConfigurationProperties({TokenProperties.class, AbuseProtectionProperties.class, DatabaseOutageProperties.class})
public class ServiceWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")
    JwtDecoder accessTokenDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
                                  TokenProperties tokens, Clock clock) {
        return AccessTokenValidation.decoder(issuer, tokens, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ProblemResponses problemResponses(ObjectMapper objectMapper, DatabaseOutageProperties outage) {
        return new ProblemResponses(objectMapper, outage.retryAfterSeconds());
    }

    @Bean
    DatabaseOutageProblems databaseOutageProblems(ProblemResponses problems, DatabaseOutageProperties properties) {
        return new DatabaseOutageProblems(problems, properties);
    }

    @Bean
    UnstorableInputProblems unstorableInputProblems(ProblemResponses problems) {
        return new UnstorableInputProblems(problems);
    }

    @Bean
    ResourceServer resourceServer(ProblemResponses problems, ObjectProvider<AbuseProtection> abuseProtection) {
        return new ResourceServer(problems, Optional.ofNullable(abuseProtection.getIfAvailable()));
    }

    /** Only a service that opens requests to the public declares them, and only there are they limited. */
    @Bean
    @ConditionalOnBean(PublicRequests.class)
    AbuseProtection abuseProtection(PublicRequests publicRequests, ObjectProvider<TooManyRequestsPage> page,
                                    AbuseProtectionProperties properties, ProblemResponses problems, Clock clock) {
        return new AbuseProtection(publicRequests, Optional.ofNullable(page.getIfAvailable()), properties, problems, clock);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.axonframework.modelling.command.AggregateNotFoundException")
    static class AxonSupport {

        @Bean
        AggregateProblems aggregateProblems() {
            return new AggregateProblems();
        }

        @Bean
        ActingUser actingUser() {
            return new ActingUser();
        }

        @Bean
        CorrelationDataProvider actingUserCorrelation() {
            return new ActingUserCorrelation();
        }
    }
}
