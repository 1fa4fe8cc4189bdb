package org.misconduct.victimassistance.clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClockPolicy.class)
class ClockConfiguration {
}
