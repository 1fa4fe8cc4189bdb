package org.misconduct.eventstore;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;

/**
 * Aggregates kept in memory between commands, handed out only while no one else has changed them. The instances of a
 * service share one event store and route commands to no particular instance, so an aggregate kept by one may since
 * have been changed through another. An entry is therefore used only while the event store's last sequence number for
 * the aggregate is still the entry's version (one lookup in the store's index); otherwise it is dropped and the
 * aggregate is read from its events. A change racing the lookup fails at the append, as two concurrent commands do.
 */
public final class FreshAggregateCache<T> implements Cache {

    private final Cache entries;
    private final EventStore eventStore;
    private final Supplier<AggregateModel<T>> inspection;
    private volatile AggregateModel<T> model;

    /**
     * @param inspection makes the aggregate's model, once, when first needed: the model rebuilds an entry that holds
     *                   the aggregate's root alone (one copied into the cache rather than referred to)
     */
    public FreshAggregateCache(Cache entries, EventStore eventStore, Supplier<AggregateModel<T>> inspection) {
        this.entries = entries;
        this.eventStore = eventStore;
        this.inspection = inspection;
    }

    @Override
    public <K, V> V get(K key) {
        V entry = entries.get(key);
        if (entry instanceof AggregateCacheEntry<?> cached && !isLatest(key.toString(), cached)) {
            entries.remove(key);
            return null;
        }
        return entry;
    }

    @SuppressWarnings("unchecked")
    private boolean isLatest(String aggregateIdentifier, AggregateCacheEntry<?> cached) {
        Long version = ((AggregateCacheEntry<T>) cached)
                .recreateAggregate(model(), eventStore, NoSnapshotTriggerDefinition.INSTANCE)
                .version();
        return version != null && eventStore.lastSequenceNumberFor(aggregateIdentifier)
                .map(stored -> Objects.equals(stored, version))
                .orElse(false);
    }

    private AggregateModel<T> model() {
        AggregateModel<T> inspected = model;
        if (inspected == null) {
            inspected = inspection.get();
            model = inspected;
        }
        return inspected;
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value);
    }

    @Override
    public <V> V computeIfAbsent(Object key, Supplier<V> valueSupplier) {
        return entries.computeIfAbsent(key, valueSupplier);
    }

    @Override
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.computeIfPresent(key, update);
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key);
    }

    @Override
    public void removeAll() {
        entries.removeAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return entries.registerCacheEntryListener(cacheEntryListener);
    }
}
