package org.misconduct.intake.allegation;

import org.axonframework.common.caching.Cache;
import org.misconduct.eventstore.AggregateCaches;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Allegations kept in memory between commands: one is assessed, referred and told its investigation opened within moments. */
@Configuration(proxyBeanMethods = false)
class AllegationCaching {

    static final String NAME = "allegationCache";

    @Bean(NAME)
    Cache allegationCache(AggregateCaches caches) {
        return caches.forAggregate(Allegation.class);
    }
}
