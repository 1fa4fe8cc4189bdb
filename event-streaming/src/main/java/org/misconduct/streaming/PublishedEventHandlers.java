package org.misconduct.streaming;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.misconduct.contracts.PublishedEvent;

/**
 * What a consumer does with each type of published event it acts on, one handler a type. The inbox hands it an event of
 * one of these types once; an event of any other type known to this build has no effect there, so it is let pass without
 * a transaction or a record of its delivery.
 */
public final class PublishedEventHandlers {

    private final Map<Class<? extends PublishedEvent>, Consumer<PublishedEvent>> handlers;

    private PublishedEventHandlers(Map<Class<? extends PublishedEvent>, Consumer<PublishedEvent>> handlers) {
        this.handlers = handlers;
    }

    /** Acts on nothing yet. */
    public static PublishedEventHandlers handlers() {
        return new PublishedEventHandlers(Map.of());
    }

    /** These handlers and {@code handler} for events of {@code type}, which none of them may take already. */
    public <E extends PublishedEvent> PublishedEventHandlers on(Class<E> type, Consumer<? super E> handler) {
        if (handlers.containsKey(type)) {
            throw new IllegalArgumentException(type.getSimpleName() + " has a handler already");
        }
        Map<Class<? extends PublishedEvent>, Consumer<PublishedEvent>> more = new LinkedHashMap<>(handlers);
        more.put(type, event -> handler.accept(type.cast(event)));
        return new PublishedEventHandlers(Map.copyOf(more));
    }

    /** The handler of this event's type, if the consumer acts on it. */
    Optional<Consumer<PublishedEvent>> of(PublishedEvent event) {
        return Optional.ofNullable(handlers.get(event.getClass()));
    }
}
