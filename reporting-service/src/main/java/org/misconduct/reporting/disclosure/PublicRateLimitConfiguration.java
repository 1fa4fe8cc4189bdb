package org.misconduct.reporting.disclosure;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rate limit covers what anyone may ask without a token: the page and the public API. */
@Configuration
@EnableConfigurationProperties(PublicRateLimitProperties.class)
class PublicRateLimitConfiguration {

    @Bean
    FilterRegistrationBean<PublicRateLimit> publicRateLimit(PublicRateLimitProperties properties, Clock clock, ObjectMapper objectMapper) {
        FilterRegistrationBean<PublicRateLimit> registration =
                new FilterRegistrationBean<>(new PublicRateLimit(properties, clock, objectMapper));
        registration.addUrlPatterns("/", "/api/v1/public/*");
        return registration;
    }
}
