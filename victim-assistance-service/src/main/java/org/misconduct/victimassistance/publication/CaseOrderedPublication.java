package org.misconduct.victimassistance.publication;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.misconduct.streaming.KafkaPublication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Publishes the events of one case in the order they were stored, whichever victim they belong to. Each victim is an
 * aggregate of its own, so per-aggregate sequencing would let two segments publish two victims' consent changes of the
 * same case out of order, and the count investigators see last could be an older one. Every published event names
 * its case; events that do not keep their aggregate's order.
 */
@Configuration(proxyBeanMethods = false)
class CaseOrderedPublication implements SequencingPolicy<EventMessage<?>> {

    private final Map<Class<?>, Optional<RecordComponent>> caseReferences = new ConcurrentHashMap<>();

    @Bean
    ConfigurerModule caseOrderedPublicationModule() {
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(KafkaPublication.PROCESSING_GROUP, configuration -> this);
    }

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        return caseReferences.computeIfAbsent(payload.getClass(), CaseOrderedPublication::caseReferenceOf)
                .map(component -> read(component, payload))
                .orElseGet(() -> SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event));
    }

    private static Optional<RecordComponent> caseReferenceOf(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals("caseReference") && component.getType() == String.class) {
                return Optional.of(component);
            }
        }
        return Optional.empty();
    }

    private static Object read(RecordComponent component, Object payload) {
        try {
            return component.getAccessor().invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the case of " + payload.getClass().getSimpleName(), e);
        }
    }
}
