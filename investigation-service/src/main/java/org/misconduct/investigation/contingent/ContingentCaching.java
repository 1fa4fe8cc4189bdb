package org.misconduct.investigation.contingent;

import org.axonframework.common.caching.Cache;
import org.misconduct.eventstore.AggregateCaches;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Contingents kept in memory between commands: each counts every referred case of its unit, and reading its history for each would cost more the longer it serves. */
@Configuration(proxyBeanMethods = false)
class ContingentCaching {

    static final String NAME = "contingentCache";

    @Bean(NAME)
    Cache contingentCache(AggregateCaches caches) {
        return caches.forAggregate(Contingent.class);
    }
}
