package org.misconduct.eventstore;

import java.net.URI;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;

import javax.cache.CacheManager;
import javax.cache.Caching;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.JCacheAdapter;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

/**
 * Makes the cache an aggregate names in {@code @Aggregate(cache = ...)}: a {@link FreshAggregateCache} over Caffeine,
 * holding the aggregates themselves rather than copies, each let go after {@link AggregateCacheProperties#idle()}
 * untouched. Time, not the bound on entries, lets them go: beyond its bound Caffeine keeps the entries asked for most
 * often, and aggregates done with, each asked for several times in its first seconds, would keep new ones out.
 */
public class AggregateCaches implements AutoCloseable {

    private final CacheManager manager;
    private final EventStore eventStore;
    private final AggregateCacheProperties properties;
    private final Supplier<Configuration> axon;

    /** @param axon Axon's configuration, which knows how the application's handlers take their parameters */
    public AggregateCaches(EventStore eventStore, AggregateCacheProperties properties, Supplier<Configuration> axon) {
        // A manager of its own, so that two application contexts in one JVM never share a cache by name.
        this.manager = Caching.getCachingProvider(CaffeineCachingProvider.class.getName())
                .getCacheManager(URI.create("misconduct-aggregates-" + UUID.randomUUID()), getClass().getClassLoader());
        this.eventStore = eventStore;
        this.properties = properties;
        this.axon = axon;
    }

    public <T> Cache forAggregate(Class<T> aggregateType) {
        CaffeineConfiguration<Object, Object> configuration = new CaffeineConfiguration<>();
        configuration.setExpireAfterAccess(OptionalLong.of(properties.idle().toNanos()));
        configuration.setMaximumSize(OptionalLong.of(properties.entries()));
        configuration.setStoreByValue(false);
        return new FreshAggregateCache<>(new JCacheAdapter(manager.createCache(aggregateType.getName(), configuration)),
                eventStore, () -> AnnotatedAggregateMetaModelFactory.inspectAggregate(aggregateType,
                        axon.get().parameterResolverFactory(), axon.get().handlerDefinition(aggregateType)));
    }

    @Override
    public void close() {
        manager.close();
    }
}
