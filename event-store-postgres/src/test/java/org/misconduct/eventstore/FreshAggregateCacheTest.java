package org.misconduct.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FreshAggregateCacheTest {

    private static final Supplier<Configuration> AXON = () -> DefaultConfigurer.defaultConfiguration().buildConfiguration();

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final AggregateCaches caches = new AggregateCaches(eventStore, new AggregateCacheProperties(Duration.ofMinutes(1), 10), AXON);
    private final EventSourcingRepository<Tally> cached = EventSourcingRepository.builder(Tally.class)
            .eventStore(eventStore)
            .cache(caches.forAggregate(Tally.class))
            .build();
    private final EventSourcingRepository<Tally> anotherInstance = EventSourcingRepository.builder(Tally.class)
            .eventStore(eventStore)
            .build();

    @AfterEach
    void close() {
        caches.close();
        eventStore.shutDown();
    }

    @Test
    void anAggregateNoOneChangedSinceIsHandedOutFromMemory() {
        Tally created = create("T-1");

        Tally loaded = change(cached, "T-1", Tally::count);

        assertThat(loaded).isSameAs(created);
        assertThat(loaded.counted).isEqualTo(2);
    }

    @Test
    void anAggregateChangedThroughAnotherInstanceIsReadFromItsEvents() {
        Tally created = create("T-2");
        change(anotherInstance, "T-2", Tally::count);

        Tally loaded = change(cached, "T-2", Tally::count);

        assertThat(loaded).isNotSameAs(created);
        assertThat(loaded.counted).isEqualTo(3);
        assertThat(change(cached, "T-2", Tally::count)).isSameAs(loaded);
    }

    @Test
    void theAggregatesModelIsMadeOnceNotForEveryLoad() {
        AtomicInteger inspections = new AtomicInteger();
        EventSourcingRepository<Tally> repository = EventSourcingRepository.builder(Tally.class)
                .eventStore(eventStore)
                .cache(new FreshAggregateCache<>(new WeakReferenceCache(), eventStore, () -> {
                    inspections.incrementAndGet();
                    return AnnotatedAggregateMetaModelFactory.inspectAggregate(Tally.class);
                }))
                .build();
        create("T-3");

        for (int load = 0; load < 3; load++) {
            change(repository, "T-3", Tally::count);
        }

        assertThat(inspections).hasValueLessThanOrEqualTo(1);
    }

    @Test
    void twoSetsOfCachesInOneProcessKeepTheirAggregatesApart() {
        try (AggregateCaches others = new AggregateCaches(eventStore, new AggregateCacheProperties(Duration.ofMinutes(1), 10), AXON)) {
            assertThat(others.forAggregate(Tally.class)).isNotNull();
        }
    }

    private Tally create(String id) {
        AtomicReference<Tally> created = new AtomicReference<>();
        DefaultUnitOfWork.startAndGet(null).execute(() -> {
            try {
                created.set(cached.newInstance(() -> new Tally(id)).invoke(tally -> tally));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return created.get();
    }

    private static Tally change(EventSourcingRepository<Tally> repository, String id, Consumer<Tally> change) {
        AtomicReference<Tally> loaded = new AtomicReference<>();
        DefaultUnitOfWork.startAndGet(null).execute(() -> repository.load(id).execute(tally -> {
            change.accept(tally);
            loaded.set(tally);
        }));
        return loaded.get();
    }

    record Counted(String id) {
    }

    static class Tally {

        @AggregateIdentifier
        private String id;
        private int counted;

        Tally() {
        }

        Tally(String id) {
            apply(new Counted(id));
        }

        void count() {
            apply(new Counted(id));
        }

        @EventSourcingHandler
        void on(Counted event) {
            id = event.id();
            counted++;
        }
    }
}
