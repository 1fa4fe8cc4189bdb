package org.misconduct.streaming.operations;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.misconduct.domain.NotFound;

/** Every dead letter of this service, whichever kind, and what operators do with them, recorded with who and why. */
public class DeadLetters {

    private final List<DeadLetterStore> stores;
    private final DeadLetterActions actions;

    DeadLetters(List<DeadLetterStore> stores, DeadLetterActions actions) {
        this.stores = stores;
        this.actions = actions;
    }

    /** Oldest first. */
    public List<DeadLetterView> waiting() {
        Map<String, Integer> failedRetries = actions.failedRetries();
        return stores.stream()
                .flatMap(store -> store.waiting().stream())
                .map(letter -> new DeadLetterView(letter.id(), letter.source(), letter.key(), letter.type(), letter.cause(),
                        letter.firstFailedAt(), letter.attempts() + failedRetries.getOrDefault(letter.id(), 0)))
                .sorted(Comparator.comparing(DeadLetterView::firstFailedAt))
                .toList();
    }

    /** @return whether the letter was handled this time and is gone; a failed retry leaves it waiting, counted */
    public boolean retry(String id, String actor) {
        DeadLetterStore store = storeOf(id);
        boolean handled = store.retry(id);
        actions.record(id, handled ? DeadLetterActions.RETRIED : DeadLetterActions.RETRY_FAILED, actor, null);
        if (handled) {
            store.resolved(id);
        }
        return handled;
    }

    public void discard(String id, String actor, String reason) {
        DeadLetterStore store = storeOf(id);
        store.discard(id);
        actions.record(id, DeadLetterActions.DISCARDED, actor, reason);
        store.resolved(id);
    }

    private DeadLetterStore storeOf(String id) {
        return stores.stream().filter(store -> store.names(id)).findFirst()
                .orElseThrow(() -> new NotFound("No dead letter waits as " + id));
    }
}
