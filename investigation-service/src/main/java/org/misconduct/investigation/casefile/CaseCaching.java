package org.misconduct.investigation.casefile;

import org.axonframework.common.caching.Cache;
import org.misconduct.eventstore.AggregateCaches;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Cases kept in memory between commands: a case is opened, armed with its clocks and worked on in bursts. */
@Configuration(proxyBeanMethods = false)
class CaseCaching {

    static final String NAME = "caseCache";

    @Bean(NAME)
    Cache caseCache(AggregateCaches caches) {
        return caches.forAggregate(Case.class);
    }
}
